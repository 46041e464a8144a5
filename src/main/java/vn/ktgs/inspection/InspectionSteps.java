package vn.ktgs.inspection;

import java.time.LocalDate;
import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.remediation.ConclusionOutcome;
import vn.ktgs.remediation.RemediationProcess;
import vn.ktgs.remediation.RemediationService.RequirementDraft;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepResult;

/**
 * Steps every inspection shares (violation, compliance, finance, discipline work): the vote check, the
 * committee's conclusion and the conclusion notice with its remediation requirements. A thematic supervision
 * concludes and issues its notice the same way (only its words differ), so it uses these too.
 */
@Component
public class InspectionSteps {

    /** The conclusion's findings text, kept for the notice that follows. */
    static final String CONCLUSION_FINDINGS = "conclusionFindings";

    private final CaseService cases;
    private final RemediationService remediation;

    InspectionSteps(CaseService cases, RemediationService remediation) {
        this.cases = cases;
        this.remediation = remediation;
    }

    /** Ballots cast may not outnumber the members of the voting body. */
    public List<FieldError> checkVotes(StepContext step) {
        int cast = step.integer("votesFor") + step.integer("votesAgainst") + step.integer("votesAbstain");
        if (cast > step.integer("memberCount")) {
            return List.of(FieldError.of("votesFor", "votesExceedMembers", step.integer("memberCount")));
        }
        return List.of();
    }

    /** A date the user says has happened (a meeting) may not lie after today. */
    static List<FieldError> notAfterToday(StepContext step, String key) {
        LocalDate date = step.date(key);
        return date != null && date.isAfter(step.today()) ? List.of(FieldError.of(key, "notAfterToday")) : List.of();
    }

    public StepResult subjectReport(StepContext step, String what) {
        return StepResult.of(what + (Boolean.TRUE.equals(step.values().get("onBehalf")) ? " (cán bộ kiểm tra nhập thay)" : "")
                + ": " + step.text("summary"));
    }

    StepResult resultReport(StepContext step) {
        return StepResult.of("Báo cáo kết quả kiểm tra" + (Boolean.TRUE.equals(step.values().get("discussedWithSubject"))
                ? " (đã trao đổi với đối tượng)" : "") + ": " + step.text("resultReport"));
    }

    /** Records the committee's conclusion; {@code recorded} adds what the case already holds (e.g. structured findings). */
    StepResult conclude(StepContext step, String recorded) {
        return conclude(step, recorded, "Kết luận");
    }

    /** The same, with the timeline's word for it ({@code "Kết luận giám sát"}). */
    public StepResult conclude(StepContext step, String recorded, String label) {
        ConclusionOutcome outcome = ConclusionOutcome.valueOf(step.text("conclusion"));
        cases.moveTo(step.caseId(), CaseStatus.CONCLUDED);
        String findings = join(step.text("findings"), recorded);
        return StepResult.of(label + ": " + outcome.vietnamese() + "; biểu quyết " + step.integer("votesFor") + "/"
                + step.integer("memberCount") + " tán thành" + (findings.isEmpty() ? "" : "; " + findings),
                Map.of(InspectionProcess.CONCLUSION, outcome.name(), CONCLUSION_FINDINGS, findings,
                        "votesFor", step.integer("votesFor"), "votesAgainst", step.integer("votesAgainst"),
                        "votesAbstain", step.integer("votesAbstain")));
    }

    /** Requirements' owners and due dates, and the plan's due date, against the notice (refused before anything is saved). */
    public List<FieldError> checkNotice(StepContext step) {
        return remediation.check(step.caseId(), drafts(step), step.date("planDueDate"));
    }

    @SuppressWarnings("unchecked")
    private static List<RequirementDraft> drafts(StepContext step) {
        Object rows = step.values().get("requirements");
        return rows == null ? List.of() : RemediationService.draftsOf((List<Map<String, Object>>) rows);
    }

    StepResult issueNotice(StepContext step) {
        return issueNotice(step, "thông báo kết luận");
    }

    /**
     * Issues the notice (named on the timeline as {@code noticeName}); the case moves to remediation when the
     * notice holds requirements (an inspection's form asks for at least one, a supervision's may have none).
     */
    public StepResult issueNotice(StepContext step, String noticeName) {
        List<RequirementDraft> drafts = drafts(step);
        Map<String, Object> v = step.processVariables();
        var notice = remediation.issue(step.caseId(), step.text(RemediationProcess.NOTICE_NUMBER),
                ConclusionOutcome.valueOf(v.get(InspectionProcess.CONCLUSION).toString()),
                Objects.toString(v.get(CONCLUSION_FINDINGS), ""), number(v, "votesFor"), number(v, "votesAgainst"),
                number(v, "votesAbstain"), drafts, step.date("planDueDate"));
        if (!drafts.isEmpty()) {
            cases.moveTo(step.caseId(), CaseStatus.REMEDIATION);
        }
        List<Long> requirementIds = notice.getRequirements().stream().map(r -> r.getId()).toList();
        return StepResult.of("Ban hành " + noticeName + " số " + notice.getNoticeNumber()
                + (drafts.isEmpty() ? " (không có yêu cầu khắc phục)" : " với " + drafts.size() + " yêu cầu khắc phục"), Map.of(RemediationProcess.NOTICE_ID, notice.getId(),
                        RemediationProcess.REQUIREMENT_IDS, new ArrayList<>(requirementIds)))
                .recording(RemediationProcess.NOTICE_NUMBER, notice.getNoticeNumber()); // a blank number was given from the register
    }

    private static int number(Map<String, Object> variables, String name) {
        return ((Number) variables.get(name)).intValue();
    }

    private static String join(String typed, String recorded) {
        String a = typed == null ? "" : typed;
        String b = recorded == null ? "" : recorded;
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }
}
