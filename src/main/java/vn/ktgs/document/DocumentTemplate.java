package vn.ktgs.document;

import java.util.Map;
import java.util.function.Predicate;

/**
 * One document a step drafts, as a feature declares it: the process and the step (its task key, or a name the
 * feature asks for without a task, such as a denunciation's referral), the kind, the procedure's wording, when the
 * step drafts it (from the values entered) and how.
 */
public record DocumentTemplate(String processKey, String taskKey, DocumentKind kind, Wording wording,
                               Predicate<Map<String, Object>> when, Drafter drafter) {

    /** Writes a document from the step's facts. */
    @FunctionalInterface
    public interface Drafter {
        OfficialDocument draft(StepFacts facts);
    }

    public static Predicate<Map<String, Object>> always() {
        return values -> true;
    }

    /** The standing members approved (the decision radio of the approval forms). */
    public static Predicate<Map<String, Object>> approved() {
        return values -> "APPROVE".equals(String.valueOf(values.get("decision")));
    }

    public static Predicate<Map<String, Object>> filled(String key) {
        return values -> values.get(key) != null && !values.get(key).toString().isBlank();
    }
}
