package vn.ktgs.tasklist;

import java.util.List;
import vn.ktgs.kernel.FieldError;

/**
 * A feature's code for the steps of its processes: checks beyond the form's own rules, then writes the
 * domain rows and returns the process variables. Called inside the transaction that completes the task.
 */
public interface StepHandler {

    boolean handles(String processKey, String taskKey);

    /** Rules the form cannot express (e.g. votes must not exceed members). Nothing may be written here. */
    default List<FieldError> check(StepContext step) {
        return List.of();
    }

    StepResult apply(StepContext step);

    /**
     * Whether the step cannot be undone in KTGS once completed (a vote, a conclusion, a notice issued, a letter sent):
     * the task page asks for a confirmation with a preview of what is sent.
     */
    default boolean irreversible(String taskKey) {
        return false;
    }
}
