package vn.ktgs.tasklist;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.ktgs.organization.KtgsUser;

/**
 * A feature's part beside a task's form (e.g. the documents sent to the subject, for its contact), so that the
 * generic task page imports no feature.
 */
public interface TaskSidePart {

    /** The part for this task and user, or empty where it does not apply. */
    Optional<Component> render(InboxTask task, KtgsUser user);
}
