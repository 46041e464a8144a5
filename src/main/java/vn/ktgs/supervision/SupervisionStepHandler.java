package vn.ktgs.supervision;

import static vn.ktgs.supervision.SupervisionProcess.*;

import java.util.*;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseTeams;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.inspection.InspectionSteps;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/**
 * The steps of supervision-thematic. The subject's report and the conclusion use inspection-violation's forms and
 * write the same variables (conclusion, votes), so the conclusion, the notice and remediation follow-up are the
 * inspections' own steps ({@link InspectionSteps}) in the words of a supervision.
 */
@Component
class SupervisionStepHandler implements StepHandler {

    private final CaseService cases;
    private final SignService signs;
    private final TaskService tasks;
    private final InspectionSteps inspectionSteps;
    private final CaseTeams teams;

    SupervisionStepHandler(CaseService cases, SignService signs, TaskService tasks, InspectionSteps inspectionSteps, CaseTeams teams) {
        this.teams = teams;
        this.cases = cases;
        this.signs = signs;
        this.tasks = tasks;
        this.inspectionSteps = inspectionSteps;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_SET_PLAN -> teams.check(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS));
            case TASK_CONCLUSION -> inspectionSteps.checkVotes(step);
            case TASK_NOTICE -> inspectionSteps.checkNotice(step); // due dates before the notice date, beside the field
            default -> List.of();
        };
    }

    /** The conclusion and the notice issued on it stand once recorded. */
    @Override
    public boolean irreversible(String taskKey) {
        return TASK_CONCLUSION.equals(taskKey) || TASK_NOTICE.equals(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        StepResult result = switch (step.taskKey()) {
            case TASK_SET_PLAN -> setPlan(step);
            case TASK_SPLIT_WORK -> StepResult.of("Phân công thành viên đoàn: " + step.text("assignments"));
            case TASK_SUBJECT_REPORT -> inspectionSteps.subjectReport(step, "Báo cáo của đối tượng giám sát");
            case TASK_STUDY -> study(step);
            case TASK_MEETING -> StepResult.of("Làm việc với đối tượng giám sát: " + step.text("minutes"));
            case TASK_RESULT_REPORT -> resultReport(step);
            case TASK_DECIDE_SIGNS -> decideSigns(step);
            case TASK_CONCLUSION -> inspectionSteps.conclude(step, null, "Kết luận giám sát");
            case TASK_NOTICE -> inspectionSteps.issueNotice(step, "thông báo kết luận giám sát");
            default -> throw new IllegalArgumentException(step.taskKey());
        };
        return new StepResult(result.variables(), SupervisionScope.clip(result.summary(), 1000), result.recorded());
    }

    private StepResult setPlan(StepContext step) {
        String team = teams.assign(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS), "trưởng đoàn");
        cases.moveTo(step.caseId(), CaseStatus.IN_PROGRESS);
        Date reportDue = Date.from(VietnamTime.endOfDay(step.date(REPORT_DUE_DATE)));
        return StepResult.of("Quyết định giám sát số " + step.text("decisionNumber") + "; đoàn: " + team
                + "; hạn đối tượng nộp báo cáo " + step.date(REPORT_DUE_DATE), Map.of(REPORT_DUE_DATE, reportDue));
    }

    /**
     * This step was created when the subject's report arrived, so its due date is the level's limit counted from
     * the report (V2's rule, extended if the standing members granted it): the rest of the supervision keeps it.
     */
    private StepResult study(StepContext step) {
        Date due = tasks.createTaskQuery().taskId(step.taskId()).singleResult().getDueDate();
        String asked = step.text("explanationsRequested");
        Map<String, Object> variables = new HashMap<>();
        variables.put(SUPERVISION_DUE_DATE, due); // null only where no rule covers the committee's level
        return StepResult.of("Nghiên cứu báo cáo: " + step.text("findings") + (asked == null ? "" : "; yêu cầu giải trình: " + asked),
                variables);
    }

    private StepResult resultReport(StepContext step) {
        boolean found = Boolean.TRUE.equals(step.values().get(SIGNS_FOUND));
        Map<String, Object> variables = new HashMap<>();
        variables.put(SIGNS_FOUND, found);
        String summary = "Báo cáo kết quả giám sát: " + step.text("resultReport");
        if (found) {
            ViolationSign sign = signs.raiseFromSupervision(step.caseId(), step.text("signContent"), step.user().getUsername());
            variables.put(SIGN_ID, sign.getId());
            summary += "; phát hiện dấu hiệu vi phạm: " + step.text("signContent");
        }
        return StepResult.of(SupervisionScope.clip(summary, 1000), variables);
    }

    private StepResult decideSigns(StepContext step) {
        long signId = ((Number) step.processVariables().get(SIGN_ID)).longValue();
        String summary = signs.decide(signId, step.user(), "INSPECT".equals(step.text("decision")), step.text("reason"));
        return StepResult.of(summary);
    }
}
