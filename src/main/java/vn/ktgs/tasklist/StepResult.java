package vn.ktgs.tasklist;

import java.util.Map;

/** What a step handler returns: the decisions to put into process variables and a line for the timeline. */
public record StepResult(Map<String, Object> variables, String summary) {

    public static StepResult of(String summary) {
        return new StepResult(Map.of(), summary);
    }

    public static StepResult of(String summary, Map<String, Object> variables) {
        return new StepResult(variables, summary);
    }
}
