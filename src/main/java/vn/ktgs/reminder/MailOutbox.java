package vn.ktgs.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes mails to the outbox in the caller's transaction, at most once per dedupe key. */
@Service
@Transactional
public class MailOutbox {

    private final OutboxMailRepository mails;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, JdbcTemplate jdbc, Clock clock) {
        this.clock = clock;
        this.mails = mails;
        this.jdbc = jdbc;
    }

    /** Queues the mail unless one with the same key exists; true when queued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupeKey, String recipient, String recipientUser, String subject, String body) {
        if (mails.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        mails.save(new OutboxMail(dedupeKey, recipient, recipientUser, subject, body, clock.instant()));
        return true;
    }

    /** A mail for {@link #enqueueNew}. */
    public record NewMail(String dedupeKey, String recipient, String recipientUser, String subject, String body) {
    }

    /** Timestamps are stored in UTC, as Hibernate does (hibernate.jdbc.time_zone), whatever the JVM's zone. */
    static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    /**
     * Queues many mails with batched inserts, in the caller's transaction. The caller knows the keys are new
     * (the reminder sweep reads a page's keys first and runs under a lock); the unique key still refuses a
     * duplicate by failing the transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueNew(List<NewMail> batch, Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("insert into mail_outbox (dedupe_key, recipient, recipient_user, subject, body, status, attempts, "
                + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", batch, 500, (ps, m) -> {
            ps.setString(1, m.dedupeKey());
            ps.setString(2, m.recipient());
            ps.setString(3, m.recipientUser());
            ps.setString(4, m.subject());
            ps.setString(5, m.body());
            ps.setTimestamp(6, at, utc());
            ps.setTimestamp(7, at, utc());
        });
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> newest(int offset, int limit) {
        return mails.newestFirst(PageRequest.of(offset / Math.max(1, limit), limit));
    }

    @Transactional(readOnly = true)
    public long count() {
        return mails.count();
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> withKeyPrefix(String prefix) {
        return mails.findByDedupeKeyStartingWith(prefix);
    }

    /** Every mail about one task (reminders carry the task id in their key). */
    @Transactional(readOnly = true)
    public List<OutboxMail> aboutTask(String taskId) {
        return mails.findByDedupeKeyContaining(":" + taskId + ":");
    }

    /** An administrator sends a failed mail again. */
    public void retry(long mailId) {
        mails.findById(mailId).orElseThrow().retry(clock.instant());
    }
}
