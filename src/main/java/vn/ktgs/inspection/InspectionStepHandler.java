package vn.ktgs.inspection;

import static vn.ktgs.inspection.InspectionProcess.*;

import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseTeams;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/** The steps of inspection-violation: what each writes to our tables and which decisions it hands the engine. */
@Component
class InspectionStepHandler implements StepHandler {

    private final CaseService cases;
    private final InspectionSteps steps;
    private final CaseTeams teams;

    InspectionStepHandler(CaseService cases, InspectionSteps steps, CaseTeams teams) {
        this.cases = cases;
        this.steps = steps;
        this.teams = teams;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_SET_PLAN -> teams.check(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS));
            case TASK_CONCLUSION -> steps.checkVotes(step);
            case TASK_NOTICE -> steps.checkNotice(step);
            default -> List.of();
        };
    }

    /** The committee's conclusion and the notice issued on it stand once recorded. */
    @Override
    public boolean irreversible(String taskKey) {
        return TASK_CONCLUSION.equals(taskKey) || TASK_NOTICE.equals(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_APPROVE -> approve(step);
            case TASK_SET_PLAN -> setPlan(step);
            case TASK_SUBJECT_REPORT -> steps.subjectReport(step, "Báo cáo giải trình");
            case TASK_VERIFY -> StepResult.of("Thẩm tra, xác minh: " + step.text("verification"));
            case TASK_RESULT_REPORT -> StepResult.of("Báo cáo kết quả kiểm tra: " + step.text("resultReport"));
            case TASK_CONCLUSION -> steps.conclude(step, null);
            case TASK_NOTICE -> steps.issueNotice(step);
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }

    private StepResult approve(StepContext step) {
        boolean approved = "APPROVE".equals(step.text("decision"));
        cases.moveTo(step.caseId(), approved ? CaseStatus.IN_PROGRESS : CaseStatus.REJECTED);
        String reason = step.text("reason") == null ? "" : ": " + step.text("reason");
        return StepResult.of((approved ? "Thường trực duyệt đề xuất" : "Thường trực không duyệt") + reason,
                Map.of(APPROVED, approved));
    }

    private StepResult setPlan(StepContext step) {
        String team = teams.assign(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS), "trưởng đoàn");
        Date reportDue = Date.from(VietnamTime.endOfDay(step.date("reportDueDate")));
        return StepResult.of("Kế hoạch kiểm tra; đoàn: " + team + "; hạn báo cáo giải trình "
                + step.date("reportDueDate"), Map.of(REPORT_DUE_DATE, reportDue));
    }
}
