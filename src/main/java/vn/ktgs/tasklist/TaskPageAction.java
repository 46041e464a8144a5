package vn.ktgs.tasklist;

import com.vaadin.flow.component.button.Button;
import java.util.Optional;
import vn.ktgs.organization.KtgsUser;

/**
 * A feature's button on the task page, beside complete and claim (e.g. the team lead's request for more time), so
 * that the generic task page imports no feature.
 */
public interface TaskPageAction {

    /** The button for this task and user, or empty where the action does not apply. */
    Optional<Button> button(InboxTask task, KtgsUser user);
}
