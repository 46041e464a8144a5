package vn.ktgs.tasklist;

import com.vaadin.flow.component.button.Button;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.ktgs.organization.KtgsUser;

/**
 * A feature's button on the task page, beside complete and claim (e.g. the team lead's request for more time), so
 * that the generic task page imports no feature.
 */
public interface TaskPageAction {

    /** The button for this task and user, or empty where the action does not apply. */
    default Optional<Button> button(InboxTask task, KtgsUser user) {
        return Optional.empty();
    }

    /** The same, for an action that reads what the form holds when clicked (a preview of the step's documents). */
    default Optional<Button> button(InboxTask task, KtgsUser user, Supplier<Map<String, Object>> formValues) {
        return button(task, user);
    }
}
