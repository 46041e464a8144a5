package vn.ktgs.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.UserDirectory;

/** Folds the search text of open tasks projected before the column existed (V34), once at start, 500 per transaction. */
@Component
class InboxSearchBackfill {

    private static final Logger log = LoggerFactory.getLogger(InboxSearchBackfill.class);

    private final InboxTaskRepository inbox;
    private final CaseService cases;
    private final UserDirectory users;
    private final TransactionTemplate batch;

    InboxSearchBackfill(InboxTaskRepository inbox, CaseService cases, UserDirectory users, PlatformTransactionManager transactions) {
        this.inbox = inbox;
        this.cases = cases;
        this.users = users;
        this.batch = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fold() {
        int total = 0;
        for (int done = -1; done != 0; total += done) {
            done = batch.execute(status -> {
                List<InboxTask> rows = inbox.findTop500BySearchTextIsNull();
                Map<String, String> names = users.fullNames(rows.stream().map(InboxTask::getAssignee).filter(Objects::nonNull).toList());
                rows.forEach(t -> t.index(cases.get(t.getCaseId()).getTitle(), t.getAssignee() == null ? null : names.get(t.getAssignee())));
                return rows.size();
            });
        }
        if (total > 0) {
            log.info("Folded the search text of {} open tasks", total);
        }
    }
}
