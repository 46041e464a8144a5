package vn.ktgs.casefile;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the search text of cases written before the column existed (V34) or by a bulk loader that bypasses the
 * entity, once at start, 500 rows per transaction. Every node may run it: the values are the same.
 */
@Component
class SearchTextBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchTextBackfill.class);

    private final CaseFileRepository cases;
    private final TransactionTemplate batch;

    SearchTextBackfill(CaseFileRepository cases, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.batch = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fold() {
        int total = 0;
        for (int done = -1; done != 0; total += done) {
            done = batch.execute(status -> {
                List<CaseFile> rows = cases.findTop500BySearchTextIsNull();
                rows.forEach(CaseFile::refold);
                return rows.size();
            });
        }
        if (total > 0) {
            log.info("Folded the search text of {} cases", total);
        }
    }
}
