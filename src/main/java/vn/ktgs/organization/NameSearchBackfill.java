package vn.ktgs.organization;

import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the search names of organisations and members written before V37 or around the application (a bulk load),
 * once at start, 500 rows per transaction; until then such a row is found by its plain name. After the demo loader.
 */
@Component
class NameSearchBackfill {

    private static final Logger log = LoggerFactory.getLogger(NameSearchBackfill.class);

    private final PartyMemberRepository members;
    private final OrganizationRepository orgs;
    private final TransactionTemplate batch;

    NameSearchBackfill(PartyMemberRepository members, OrganizationRepository orgs, PlatformTransactionManager transactions) {
        this.members = members;
        this.orgs = orgs;
        this.batch = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void fold() {
        int organisations = repeat(() -> {
            List<Organization> rows = orgs.findTop500BySearchNameIsNull();
            rows.forEach(Organization::refold);
            return rows.size();
        });
        int people = repeat(() -> {
            List<PartyMember> rows = members.findTop500BySearchNameIsNull();
            rows.forEach(PartyMember::refold);
            return rows.size();
        });
        if (organisations + people > 0) {
            log.info("Folded the search names of {} organisations and {} members", organisations, people);
        }
    }

    private int repeat(IntSupplier oneBatch) {
        int total = 0;
        for (int done = -1; done != 0; total += done) {
            done = batch.execute(status -> oneBatch.getAsInt());
        }
        return total;
    }
}
