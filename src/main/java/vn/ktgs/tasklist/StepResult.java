package vn.ktgs.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a step handler returns: the decisions to put into process variables, a line for the timeline, and facts the
 * step established that are recorded with the form's values (a number KTGS gave): the documents read them there.
 */
public record StepResult(Map<String, Object> variables, String summary, Map<String, Object> recorded) {

    public StepResult(Map<String, Object> variables, String summary) {
        this(variables, summary, Map.of());
    }

    /** This result, also recording {@code key} = {@code value} with the step's values. */
    public StepResult recording(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(recorded);
        more.put(key, value);
        return new StepResult(variables, summary, more);
    }

    public static StepResult of(String summary) {
        return new StepResult(Map.of(), summary);
    }

    public static StepResult of(String summary, Map<String, Object> variables) {
        return new StepResult(variables, summary);
    }
}
