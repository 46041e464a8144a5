package vn.ktgs.reminder;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;

/** A mail waiting in, or sent from, the outbox. The dedupe key makes queuing the same reminder twice impossible. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dedupeKey;
    private String recipient;
    private String recipientUser;
    private String subject;
    /** A long text column (longtext in MySQL). */
    @Column(length = 1_000_000)
    private String body;
    @Enumerated(EnumType.STRING)
    private MailStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    /** The dispatcher round that leased the mail last (see MailDispatcher). */
    private String leaseToken;

    protected OutboxMail() {
    }

    OutboxMail(String dedupeKey, String recipient, String recipientUser, String subject, String body, Instant now) {
        this.dedupeKey = dedupeKey;
        this.recipient = recipient;
        this.recipientUser = recipientUser;
        this.subject = subject;
        this.body = body;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant at) {
        this.status = MailStatus.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /** Backs off 1, 2, 4 … minutes (at most an hour); after maxAttempts the mail is FAILED for an administrator. */
    void failed(String error, Instant at, int maxAttempts) {
        this.attempts++;
        String shown = isProtected() ? WITHHELD : error == null ? "unknown error" : error;
        this.lastError = shown.substring(0, Math.min(shown.length(), 1000));
        if (attempts >= maxAttempts) {
            this.status = MailStatus.FAILED;
        } else {
            long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
            this.nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
        }
    }

    void retry(Instant now) {
        this.status = MailStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    /** A Message-ID that stays the same across retries, so a receiver can drop a duplicate delivery. */
    public String messageId() {
        return "<ktgs-outbox-" + id + "@ktgs>";
    }

    /** Prefix of the dedupe key of a mail whose recipient must not be shown (a denouncer's own address). */
    public static final String PROTECTED = "PROTECTED:";
    /** What is stored and logged instead of a protected mail's error (SMTP errors quote the recipient). */
    public static final String WITHHELD = "protected mail: error details withheld";

    /** The administrator's outbox masks the recipient and body of a protected mail. */
    public boolean isProtected() { return dedupeKey != null && dedupeKey.startsWith(PROTECTED); }

    public Long getId() { return id; }
    public String getDedupeKey() { return dedupeKey; }
    public String getRecipient() { return recipient; }
    public String getRecipientUser() { return recipientUser; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
