package vn.ktgs.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit entries in the caller's transaction: a change and its record commit together or not at all. */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.clock = clock;
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String subject, String action, String detail) {
        entries.save(new AuditEntry(clock.instant(), actor, subject, action, detail));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> of(String subject) {
        return entries.findBySubjectOrderByAtDescIdDesc(subject);
    }
}
