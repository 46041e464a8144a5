package vn.ktgs.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Which step of which process produces which document. Another process plugs in by adding entries here:
 * its process key, the task keys of its steps (the same keys as inspection-violation where the step is the
 * same), the kind and its wording. What a kind needs (case, step values, the conclusion notice) is read by
 * {@link Drafts}; {@code when} decides from the step's values whether the step produces the document at all.
 */
@Component
public class DocumentRegistry {

    public record Entry(String processKey, String taskKey, DocumentKind kind, Wording wording,
                        Predicate<Map<String, Object>> when) {
    }

    static final String APPROVE = "Task_ApproveProposal";
    static final String SET_PLAN = "Task_SetPlan";
    static final String ISSUE_NOTICE = "Task_IssueConclusionNotice";
    /** A cell's compliance inspection: the cell issues its notice under its own letterhead (Letterhead). */
    static final String CELL_NOTICE = "Task_CellConclusionNotice";
    /** A denunciation whose competent body is outside the party: the referral, at registration (no task of its own). */
    public static final String REFERRAL = "Referral";

    private final List<Entry> entries = new ArrayList<>(List.of(
            new Entry("inspection-violation", APPROVE, DocumentKind.DECISION, Wording.INSPECTION_VIOLATION, approved()),
            new Entry("inspection-violation", SET_PLAN, DocumentKind.PLAN, Wording.INSPECTION_VIOLATION, always()),
            new Entry("inspection-violation", SET_PLAN, DocumentKind.REPORT_OUTLINE, Wording.INSPECTION_VIOLATION, filled("outline")),
            new Entry("inspection-violation", ISSUE_NOTICE, DocumentKind.CONCLUSION_NOTICE, Wording.INSPECTION_VIOLATION, always())));

    DocumentRegistry() {
        // planned procedures (programme items) have no approval step: the team lead's plan step carries the
        // decision number typed from the signed decision, so the decision is drafted there. A cell's compliance
        // inspection (its meeting adopts the plan and concludes) drafts only its conclusion notice, as the cell.
        planned("inspection-compliance", Wording.INSPECTION_COMPLIANCE);
        planned("inspection-finance", Wording.INSPECTION_FINANCE);
        planned("inspection-discipline-work", Wording.INSPECTION_DISCIPLINE_WORK);
        planned("supervision-thematic", Wording.SUPERVISION_THEMATIC);
        entries.add(new Entry("inspection-compliance", CELL_NOTICE, DocumentKind.CONCLUSION_NOTICE, Wording.INSPECTION_COMPLIANCE,
                always()));
        // asset verification (issue #6): the standing members' decision, then the request for explanation
        entries.add(new Entry("asset-verification", APPROVE, DocumentKind.DECISION, Wording.ASSET_VERIFICATION, approved()));
        entries.add(new Entry("asset-verification", "Task_RequestExplanation", DocumentKind.EXPLANATION_REQUEST,
                Wording.ASSET_VERIFICATION, always()));
        complaint();
        // discipline-review: the announcement step drafts the decision (its typed number) and the announcement minutes
        Wording discipline = new Wording("thi hành kỷ luật", "", "bản tự kiểm điểm");
        entries.add(new Entry("discipline-review", "Task_Announce", DocumentKind.DISCIPLINE_DECISION, discipline, always()));
        entries.add(new Entry("discipline-review", "Task_Announce", DocumentKind.DISCIPLINE_MINUTES, discipline, always()));
        // denunciation: the referral is drafted at registration (step "Referral", DenunciationService asks for it), the
        // result letter at the step that sends it; neither names the denouncer (document/DenunciationDrafts)
        Wording denunciation = new Wording("giải quyết tố cáo", "", "báo cáo giải trình");
        entries.add(new Entry("denunciation", REFERRAL, DocumentKind.DENUNCIATION_REFERRAL, denunciation, always()));
        entries.add(new Entry("denunciation", "Task_SendResult", DocumentKind.DENUNCIATION_RESULT, denunciation, always()));
    }

    private void planned(String processKey, Wording wording) {
        entries.add(new Entry(processKey, SET_PLAN, DocumentKind.DECISION, wording, always()));
        entries.add(new Entry(processKey, SET_PLAN, DocumentKind.PLAN, wording, always()));
        entries.add(new Entry(processKey, SET_PLAN, DocumentKind.REPORT_OUTLINE, wording, filled("outline")));
        entries.add(new Entry(processKey, ISSUE_NOTICE, DocumentKind.CONCLUSION_NOTICE, wording, always()));
    }

    /**
     * discipline-complaint: a complaint not accepted gets a reasoned reply (at intake's verdict or the standing board's);
     * an accepted one the decision and plan of its resolution, then the committee's decision on it.
     */
    private void complaint() {
        String key = "discipline-complaint";
        Wording w = Wording.DISCIPLINE_COMPLAINT;
        // no reply when the standing members accept the complaint after all (replyDecision ACCEPT)
        entries.add(new Entry(key, "Task_ApproveReply", DocumentKind.COMPLAINT_REPLY, w,
                values -> !"ACCEPT".equals(String.valueOf(values.get("replyDecision")))));
        entries.add(new Entry(key, "Task_ApproveDecision", DocumentKind.COMPLAINT_REPLY, w, values -> !approved().test(values)));
        entries.add(new Entry(key, "Task_ApproveDecision", DocumentKind.DECISION, w, approved()));
        entries.add(new Entry(key, "Task_ApproveDecision", DocumentKind.PLAN, w, approved()));
        entries.add(new Entry(key, "Task_DecideComplaint", DocumentKind.COMPLAINT_DECISION, w, always()));
    }

    /** The documents a completed step produces, given what was entered. */
    public List<Entry> producedBy(String processKey, String taskKey, Map<String, Object> values) {
        return entries.stream().filter(e -> e.processKey().equals(processKey) && e.taskKey().equals(taskKey)
                && e.when().test(values)).toList();
    }

    /** The entries that draft this kind in this process (a cell's notice comes from another step than a committee's). */
    public List<Entry> find(String processKey, DocumentKind kind) {
        return entries.stream().filter(e -> e.processKey().equals(processKey) && e.kind() == kind).toList();
    }

    static Predicate<Map<String, Object>> always() {
        return values -> true;
    }

    /** The standing members approved (the decision radio of the approval form). */
    static Predicate<Map<String, Object>> approved() {
        return values -> "APPROVE".equals(String.valueOf(values.get("decision")));
    }

    static Predicate<Map<String, Object>> filled(String key) {
        return values -> values.get(key) != null && !values.get(key).toString().isBlank();
    }
}
