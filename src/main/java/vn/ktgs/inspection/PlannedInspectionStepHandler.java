package vn.ktgs.inspection;

import static vn.ktgs.inspection.ComplianceInspectionProcess.*;
import static vn.ktgs.inspection.InspectionProcess.*;

import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseTeams;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/**
 * The steps of the programme's inspections (compliance with its cell variant, finance, discipline work): one
 * handler, because the three differ only in what the verification records. Shared steps come from {@link InspectionSteps}.
 */
@Component
class PlannedInspectionStepHandler implements StepHandler {

    private final CaseService cases;
    private final InspectionSteps steps;
    private final FindingService findings;
    private final CaseTeams teams;

    PlannedInspectionStepHandler(CaseService cases, InspectionSteps steps, FindingService findings, CaseTeams teams) {
        this.teams = teams;
        this.cases = cases;
        this.steps = steps;
        this.findings = findings;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return PlannedInspectionProcess.KEYS.contains(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_SET_PLAN -> teams.check(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS));
            case TASK_CONCLUSION, TASK_CELL_CONCLUSION -> steps.checkVotes(step);
            case TASK_CELL_ADOPT_PLAN -> InspectionSteps.notAfterToday(step, "meetingDate");
            case TASK_VERIFY -> FindingService.check(rows(step));
            case TASK_NOTICE, TASK_CELL_NOTICE -> steps.checkNotice(step);
            default -> List.of();
        };
    }

    /** The conclusion (a committee's or a cell's) and the notice issued on it stand once recorded. */
    @Override
    public boolean irreversible(String taskKey) {
        return Set.of(TASK_CONCLUSION, TASK_CELL_CONCLUSION, TASK_NOTICE, TASK_CELL_NOTICE).contains(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_SET_PLAN -> setPlan(step);
            case TASK_CELL_ADOPT_PLAN -> adoptCellPlan(step);
            case TASK_SUBJECT_REPORT, TASK_CELL_SELF_REPORT -> steps.subjectReport(step, "Báo cáo tự kiểm tra");
            case TASK_VERIFY -> verify(step);
            case TASK_RESULT_REPORT, TASK_CELL_DRAFT_RESULT -> steps.resultReport(step);
            case TASK_CONCLUSION -> steps.conclude(step, findings.describe(step.caseId()));
            case TASK_CELL_CONCLUSION -> steps.conclude(step, "Trích biên bản hội nghị chi bộ: " + step.text("minutesExtract"));
            case TASK_NOTICE, TASK_CELL_NOTICE -> steps.issueNotice(step);
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }

    private StepResult setPlan(StepContext step) {
        String team = teams.assign(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS), "trưởng đoàn");
        return planned(step, "Quyết định kiểm tra số " + step.text("decisionNumber") + "; đoàn: " + team
                + "; kế hoạch: " + step.text("plan") + "; đề cương báo cáo tự kiểm tra: " + step.text("outline"));
    }

    private StepResult adoptCellPlan(StepContext step) {
        return planned(step, "Hội nghị chi bộ ngày " + Formats.date(step.date("meetingDate"))
                + " thông qua kế hoạch kiểm tra và thông báo cho đảng viên được kiểm tra; kế hoạch: " + step.text("plan"));
    }

    /** The plan is set: the case is under way and the subject is told when the self-inspection report is due. */
    private StepResult planned(StepContext step, String summary) {
        cases.moveTo(step.caseId(), CaseStatus.IN_PROGRESS);
        // the subject's contacts are mailed when their report's step opens (reminder.SubjectTaskMail)
        Date reportDue = Date.from(VietnamTime.endOfDay(step.date("reportDueDate")));
        return StepResult.of(summary + "; hạn báo cáo tự kiểm tra " + Formats.date(step.date("reportDueDate")),
                Map.of(REPORT_DUE_DATE, reportDue));
    }

    private StepResult verify(StepContext step) {
        List<Map<String, Object>> rows = rows(step);
        if (!rows.isEmpty()) {
            findings.record(step.caseId(), rows);
        }
        String described = findings.describe(step.caseId());
        return StepResult.of("Thẩm tra, xác minh: " + step.text("verification") + (described.isEmpty() ? "" : "\n" + described));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(StepContext step) {
        Object rows = step.values().get("findings");
        return rows instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
