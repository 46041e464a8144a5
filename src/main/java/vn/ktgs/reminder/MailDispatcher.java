package vn.ktgs.reminder;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox mails after their transaction committed, with retries. Only runs when an SMTP host is
 * configured; without one, mails wait in the outbox. Several nodes may run it: each round leases a batch
 * with one conditional update under its own token, sends the batch over one SMTP connection, and marks
 * it sent in one update. A node that dies mid-round leaves its batch leased until the lease ends; another
 * node then sends it again with the same Message-ID (so at most one batch can reach SMTP twice).
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxMailRepository mails;
    private final JavaMailSender sender;
    private final TransactionTemplate tx;
    private final String from;
    private final int maxAttempts;
    /** How long a node may hold a batch before another node may send it (a node killed mid-send). */
    private final Duration lease;
    private final int batchSize;
    private final int senders;
    private final ExecutorService pool;

    private final Clock clock;

    MailDispatcher(Clock clock, OutboxMailRepository mails, JavaMailSender sender, TransactionTemplate tx,
                   @Value("${ktgs.mail.from}") String from, @Value("${ktgs.mail.max-attempts:8}") int maxAttempts,
                   @Value("${ktgs.mail.lease:PT5M}") Duration lease, @Value("${ktgs.mail.batch-size:100}") int batchSize,
                   @Value("${ktgs.mail.senders:2}") int senders) {
        this.clock = clock;
        this.senders = Math.max(1, senders);
        this.pool = Executors.newFixedThreadPool(this.senders, runnable -> {
            Thread thread = new Thread(runnable, "mail-sender");
            thread.setDaemon(true);
            return thread;
        });
        this.mails = mails;
        this.sender = sender;
        this.tx = tx;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.lease = lease;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${ktgs.mail.dispatch-interval:PT10S}", initialDelayString = "${ktgs.mail.dispatch-interval:PT10S}")
    public void scheduled() {
        drain();
    }

    /**
     * Drains the outbox with {@code ktgs.mail.senders} rounds in parallel (each its own batch and SMTP
     * connection) until nothing due is left or other nodes took the rest; returns how many were sent.
     */
    public int drain() {
        List<Future<Integer>> workers = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            workers.add(pool.submit(() -> {
                int sent = 0;
                for (int round; (round = dispatchDue()) > 0; ) {
                    sent += round;
                }
                return sent;
            }));
        }
        int sent = 0;
        for (Future<Integer> worker : workers) {
            try {
                sent += worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            } catch (ExecutionException e) {
                log.warn("A mail sender failed: {}", e.getCause().toString());
            }
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** One round: sends up to one batch of the mails due now; returns how many were sent. */
    public int dispatchDue() {
        Instant now = clock.instant();
        List<Long> due = mails.dueIds(now, PageRequest.of(0, batchSize));
        if (due.isEmpty()) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        List<OutboxMail> batch = tx.execute(s -> {
            mails.lease(due, token, now.plus(lease), now);
            return mails.findByLeaseTokenAndStatus(token, MailStatus.PENDING);
        });
        if (batch == null || batch.isEmpty()) {
            return 0;
        }
        Map<Long, String> errors = send(batch);
        List<Long> sent = batch.stream().map(OutboxMail::getId).filter(id -> !errors.containsKey(id)).toList();
        Instant at = clock.instant();
        tx.executeWithoutResult(s -> {
            if (!sent.isEmpty()) {
                mails.markSent(sent, at);
                mails.forgetProtected(sent);
            }
            errors.forEach((id, error) -> {
                OutboxMail mail = mails.findById(id).orElseThrow();
                // an SMTP refusal quotes the recipient: for a protected mail that is the denouncer's address
                log.warn("Mail {} not sent (attempt {}): {}", id, mail.getAttempts() + 1, mail.isProtected() ? OutboxMail.WITHHELD : error);
                mail.failed(error, at, maxAttempts);
            });
        });
        return sent.size();
    }

    /** Sends the batch over one connection; returns the error per mail that did not go. */
    private Map<Long, String> send(List<OutboxMail> batch) {
        Map<Long, String> errors = new HashMap<>();
        Map<MimeMessage, Long> ids = new IdentityHashMap<>();
        for (OutboxMail mail : batch) {
            try {
                ids.put(toMessage(mail), mail.getId());
            } catch (MessagingException | RuntimeException e) {
                errors.put(mail.getId(), e.getMessage());
            }
        }
        if (ids.isEmpty()) {
            return errors;
        }
        try {
            sender.send(ids.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) { // failed before any message was tried
                ids.values().forEach(id -> errors.put(id, e.getMessage()));
            }
            e.getFailedMessages().forEach((message, error) -> {
                Long id = ids.get(message);
                if (id != null) {
                    errors.put(id, error.getMessage());
                }
            });
        } catch (MailException e) {
            ids.values().forEach(id -> errors.put(id, e.getMessage()));
        }
        return errors;
    }

    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(sender.createMimeMessage().getSession(), mail.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody(), false);
        return message;
    }

    /** JavaMail replaces Message-ID on every send; this keeps ours. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
