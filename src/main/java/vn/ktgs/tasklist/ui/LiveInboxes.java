package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.UI;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxChanged;

/**
 * The inboxes open on this node: when a task is given, taken, offered or done, those of the people and groups it
 * concerns refresh through Vaadin's push, once the change has committed. Another node's change shows at the next
 * refresh or navigation (the inbox has no cross-node channel).
 */
@Component
class LiveInboxes {

    /** An open inbox: its UI, its reader, and how it refreshes. */
    record Open(UI ui, KtgsUser user, Runnable refresh) {
    }

    private final Set<Open> open = Collections.newSetFromMap(new ConcurrentHashMap<>());

    Runnable register(UI ui, KtgsUser user, Runnable refresh) {
        Open entry = new Open(ui, user, refresh);
        open.add(entry);
        return () -> open.remove(entry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(InboxChanged changed) {
        for (Open o : open) {
            if (concerns(o.user(), changed)) {
                o.ui().access(o.refresh()::run);
            }
        }
    }

    static boolean concerns(KtgsUser user, InboxChanged changed) {
        return changed.people().contains(user.getUsername()) || changed.people().stream().anyMatch(user.standsInFor()::contains)
                || user.candidateGroups().stream().anyMatch(changed.groups()::contains);
    }
}
