package vn.ktgs.inspection;

import static vn.ktgs.inspection.InspectionProcess.*;

import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.remediation.ConclusionOutcome;
import vn.ktgs.remediation.RemediationProcess;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.remediation.RemediationService.RequirementDraft;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.form.FieldError;

/** The steps of inspection-violation: what each writes to our tables and which decisions it hands the engine. */
@Component
class InspectionStepHandler implements StepHandler {

    private final CaseService cases;
    private final RemediationService remediation;

    InspectionStepHandler(CaseService cases, RemediationService remediation) {
        this.cases = cases;
        this.remediation = remediation;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        if (TASK_CONCLUSION.equals(step.taskKey())) {
            int cast = step.integer("votesFor") + step.integer("votesAgainst") + step.integer("votesAbstain");
            if (cast > step.integer("memberCount")) {
                return List.of(FieldError.of("votesFor", "votesExceedMembers", step.integer("memberCount")));
            }
        }
        if (TASK_NOTICE.equals(step.taskKey())) {
            return remediation.check(step.caseId(), drafts(step), step.date("planDueDate"));
        }
        return List.of();
    }

    @Override
    public StepResult apply(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_APPROVE -> approve(step);
            case TASK_SET_PLAN -> setPlan(step);
            case TASK_SUBJECT_REPORT -> StepResult.of("Báo cáo giải trình"
                    + (Boolean.TRUE.equals(step.values().get("onBehalf")) ? " (cán bộ kiểm tra nhập thay)" : "")
                    + ": " + step.text("summary"));
            case TASK_VERIFY -> StepResult.of("Thẩm tra, xác minh: " + step.text("verification"));
            case TASK_RESULT_REPORT -> StepResult.of("Báo cáo kết quả kiểm tra: " + step.text("resultReport"));
            case TASK_CONCLUSION -> conclude(step);
            case TASK_NOTICE -> issueNotice(step);
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
        cases.setTeam(step.caseId(), step.text("team"));
        Date reportDue = Date.from(BusinessCalendar.endOfDay(step.date("reportDueDate")));
        return StepResult.of("Kế hoạch kiểm tra; đoàn: " + step.text("team") + "; hạn báo cáo giải trình "
                + step.date("reportDueDate"), Map.of(REPORT_DUE_DATE, reportDue));
    }

    private StepResult conclude(StepContext step) {
        ConclusionOutcome outcome = ConclusionOutcome.valueOf(step.text("conclusion"));
        cases.moveTo(step.caseId(), CaseStatus.CONCLUDED);
        return StepResult.of("Kết luận: " + outcome.vietnamese() + "; biểu quyết " + step.integer("votesFor") + "/"
                + step.integer("memberCount") + " tán thành" + (step.text("findings") == null ? "" : "; " + step.text("findings")),
                Map.of(CONCLUSION, outcome.name(),
                        "conclusionFindings", step.text("findings") == null ? "" : step.text("findings"),
                        "votesFor", step.integer("votesFor"), "votesAgainst", step.integer("votesAgainst"),
                        "votesAbstain", step.integer("votesAbstain")));
    }

    @SuppressWarnings("unchecked")
    private static List<RequirementDraft> drafts(StepContext step) {
        return RemediationService.draftsOf((List<Map<String, Object>>) step.values().get("requirements"));
    }

    private StepResult issueNotice(StepContext step) {
        List<RequirementDraft> drafts = drafts(step);
        var runtime = new NoticeFacts(step);
        var notice = remediation.issue(step.caseId(), step.text("noticeNumber"), runtime.outcome, runtime.findings,
                runtime.votesFor, runtime.votesAgainst, runtime.votesAbstain, drafts, step.date("planDueDate"));
        cases.moveTo(step.caseId(), CaseStatus.REMEDIATION);
        List<Long> requirementIds = notice.getRequirements().stream().map(r -> r.getId()).toList();
        return StepResult.of("Ban hành thông báo kết luận số " + notice.getNoticeNumber() + " với "
                + drafts.size() + " yêu cầu khắc phục", Map.of(RemediationProcess.NOTICE_ID, notice.getId(),
                        RemediationProcess.REQUIREMENT_IDS, new ArrayList<>(requirementIds)));
    }

    /** The conclusion recorded in the previous step, read back from the process variables. */
    private static final class NoticeFacts {
        final ConclusionOutcome outcome;
        final String findings;
        final int votesFor;
        final int votesAgainst;
        final int votesAbstain;

        NoticeFacts(StepContext step) {
            Map<String, Object> v = step.processVariables();
            outcome = ConclusionOutcome.valueOf(v.get(CONCLUSION).toString());
            findings = Objects.toString(v.get("conclusionFindings"), "");
            votesFor = ((Number) v.get("votesFor")).intValue();
            votesAgainst = ((Number) v.get("votesAgainst")).intValue();
            votesAbstain = ((Number) v.get("votesAbstain")).intValue();
        }
    }
}
