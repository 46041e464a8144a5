package vn.ktgs.document;

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

    private final List<Entry> entries = List.of(
            new Entry("inspection-violation", APPROVE, DocumentKind.DECISION, Wording.INSPECTION_VIOLATION, approved()),
            new Entry("inspection-violation", SET_PLAN, DocumentKind.PLAN, Wording.INSPECTION_VIOLATION, always()),
            new Entry("inspection-violation", SET_PLAN, DocumentKind.REPORT_OUTLINE, Wording.INSPECTION_VIOLATION, filled("outline")),
            new Entry("inspection-violation", ISSUE_NOTICE, DocumentKind.CONCLUSION_NOTICE, Wording.INSPECTION_VIOLATION, always()));

    /** The documents a completed step produces, given what was entered. */
    public List<Entry> producedBy(String processKey, String taskKey, Map<String, Object> values) {
        return entries.stream().filter(e -> e.processKey().equals(processKey) && e.taskKey().equals(taskKey)
                && e.when().test(values)).toList();
    }

    public Optional<Entry> find(String processKey, DocumentKind kind) {
        return entries.stream().filter(e -> e.processKey().equals(processKey) && e.kind() == kind).findFirst();
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
