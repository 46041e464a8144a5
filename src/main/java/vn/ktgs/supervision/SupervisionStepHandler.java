package vn.ktgs.supervision;

import static vn.ktgs.supervision.SupervisionProcess.*;

import java.time.LocalDate;
import java.util.*;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.remediation.ConclusionNotice;
import vn.ktgs.remediation.ConclusionOutcome;
import vn.ktgs.remediation.RemediationProcess;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.remediation.RemediationService.RequirementDraft;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.form.FieldError;

/**
 * The steps of supervision-thematic. The subject's report and the conclusion use inspection-violation's forms and
 * write the same variables (conclusion, votes), so the notice and remediation follow-up work alike.
 */
@Component
class SupervisionStepHandler implements StepHandler {

    private final CaseService cases;
    private final RemediationService remediation;
    private final SignService signs;
    private final TaskService tasks;

    SupervisionStepHandler(CaseService cases, RemediationService remediation, SignService signs, TaskService tasks) {
        this.cases = cases;
        this.remediation = remediation;
        this.signs = signs;
        this.tasks = tasks;
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
        return List.of();
    }

    @Override
    public StepResult apply(StepContext step) {
        StepResult result = switch (step.taskKey()) {
            case TASK_SET_PLAN -> setPlan(step);
            case TASK_SPLIT_WORK -> StepResult.of("Phân công thành viên đoàn: " + step.text("assignments"));
            case TASK_SUBJECT_REPORT -> StepResult.of("Báo cáo của đối tượng giám sát"
                    + (Boolean.TRUE.equals(step.values().get("onBehalf")) ? " (cán bộ kiểm tra nhập thay)" : "")
                    + ": " + step.text("summary"));
            case TASK_STUDY -> study(step);
            case TASK_MEETING -> StepResult.of("Làm việc với đối tượng giám sát: " + step.text("minutes"));
            case TASK_RESULT_REPORT -> resultReport(step);
            case TASK_DECIDE_SIGNS -> decideSigns(step);
            case TASK_CONCLUSION -> conclude(step);
            case TASK_NOTICE -> issueNotice(step);
            default -> throw new IllegalArgumentException(step.taskKey());
        };
        return new StepResult(result.variables(), SupervisionScope.clip(result.summary(), 1000));
    }

    private StepResult setPlan(StepContext step) {
        cases.setTeam(step.caseId(), step.text("team"));
        cases.moveTo(step.caseId(), CaseStatus.IN_PROGRESS);
        Date reportDue = Date.from(BusinessCalendar.endOfDay(step.date(REPORT_DUE_DATE)));
        return StepResult.of("Quyết định giám sát số " + step.text("decisionNumber") + "; đoàn: " + step.text("team")
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

    private StepResult conclude(StepContext step) {
        ConclusionOutcome outcome = ConclusionOutcome.valueOf(step.text("conclusion"));
        cases.moveTo(step.caseId(), CaseStatus.CONCLUDED);
        String findings = step.text("findings") == null ? "" : step.text("findings");
        return StepResult.of(SupervisionScope.clip("Kết luận giám sát: " + outcome.vietnamese() + "; biểu quyết "
                + step.integer("votesFor") + "/" + step.integer("memberCount") + " tán thành"
                + (findings.isEmpty() ? "" : "; " + findings), 1000),
                Map.of(CONCLUSION, outcome.name(), "conclusionFindings", findings, "votesFor", step.integer("votesFor"),
                        "votesAgainst", step.integer("votesAgainst"), "votesAbstain", step.integer("votesAbstain")));
    }

    @SuppressWarnings("unchecked")
    private StepResult issueNotice(StepContext step) {
        List<RequirementDraft> drafts = new ArrayList<>();
        Object rows = step.values().get("requirements");
        if (rows != null) {
            for (Map<String, Object> row : (List<Map<String, Object>>) rows) {
                drafts.add(new RequirementDraft(row.get("content").toString().trim(), row.get("owner").toString().trim(),
                        (LocalDate) row.get("dueDate")));
            }
        }
        Map<String, Object> v = step.processVariables();
        ConclusionNotice notice = remediation.issue(step.caseId(), step.text("noticeNumber"),
                ConclusionOutcome.valueOf(v.get(CONCLUSION).toString()), Objects.toString(v.get("conclusionFindings"), ""),
                ((Number) v.get("votesFor")).intValue(), ((Number) v.get("votesAgainst")).intValue(),
                ((Number) v.get("votesAbstain")).intValue(), drafts);
        if (!drafts.isEmpty()) {
            cases.moveTo(step.caseId(), CaseStatus.REMEDIATION);
        }
        List<Long> requirementIds = notice.getRequirements().stream().map(r -> r.getId()).toList();
        return StepResult.of("Ban hành thông báo kết luận giám sát số " + notice.getNoticeNumber()
                + (drafts.isEmpty() ? " (không có yêu cầu khắc phục)" : " với " + drafts.size() + " yêu cầu khắc phục"),
                Map.of(RemediationProcess.NOTICE_ID, notice.getId(), RemediationProcess.REQUIREMENT_IDS, new ArrayList<>(requirementIds)));
    }
}
