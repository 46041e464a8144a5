package vn.ktgs.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseService;

/**
 * Sends outbox mails after their transaction committed, one short transaction per mail, with retries.
 * Only runs when an SMTP host is configured; without one, mails wait in the outbox.
 * Several nodes may run it: a mail is leased by a conditional update before it is sent.
 */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank()")
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final OutboxMailRepository mails;
    private final JavaMailSender sender;
    private final TransactionTemplate tx;
    private final String from;
    private final int maxAttempts;

    MailDispatcher(OutboxMailRepository mails, JavaMailSender sender, TransactionTemplate tx,
                   @Value("${ktgs.mail.from}") String from, @Value("${ktgs.mail.max-attempts:8}") int maxAttempts) {
        this.mails = mails;
        this.sender = sender;
        this.tx = tx;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${ktgs.mail.dispatch-interval:PT10S}", initialDelayString = "${ktgs.mail.dispatch-interval:PT10S}")
    public void scheduled() {
        dispatchDue();
    }

    /** Sends every mail that is due now; returns how many were sent. */
    public int dispatchDue() {
        List<Long> due = mails.dueIds(CaseService.now(), PageRequest.of(0, 50));
        int sent = 0;
        for (Long id : due) {
            // a fresh lease per mail: a slow SMTP server must not let another node send the later ones too
            Instant now = CaseService.now();
            Integer won = tx.execute(s -> mails.claim(id, now.plus(LEASE), now));
            if (won != null && won == 1 && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Long id) {
        OutboxMail mail = mails.findById(id).orElseThrow();
        try {
            sender.send(toMessage(mail));
            tx.executeWithoutResult(s -> mails.findById(id).orElseThrow().sent(CaseService.now()));
            return true;
        } catch (RuntimeException | MessagingException e) {
            log.warn("Mail {} not sent (attempt {}): {}", id, mail.getAttempts() + 1, e.getMessage());
            tx.executeWithoutResult(s -> mails.findById(id).orElseThrow().failed(e.getMessage(), CaseService.now(), maxAttempts));
            return false;
        }
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
