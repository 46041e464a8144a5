package vn.ktgs.reminder;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseService;

/** Writes mails to the outbox in the caller's transaction, at most once per dedupe key. */
@Service
@Transactional
public class MailOutbox {

    private final OutboxMailRepository mails;

    MailOutbox(OutboxMailRepository mails) {
        this.mails = mails;
    }

    /** Queues the mail unless one with the same key exists; true when queued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupeKey, String recipient, String recipientUser, String subject, String body) {
        if (mails.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        mails.save(new OutboxMail(dedupeKey, recipient, recipientUser, subject, body, CaseService.now()));
        return true;
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
        mails.findById(mailId).orElseThrow().retry(CaseService.now());
    }
}
