package vn.ktgs.document;

import jakarta.persistence.*;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A step whose documents are still to be drafted (see {@link DocumentDrafting}); deleted once they are stored. */
@Entity
@Table(name = "document_draft")
public class DocumentDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    /** The step's timeline row: the values entered at the step, which the documents are drafted from. */
    private long eventId;
    private String processKey;
    private String taskKey;
    private String stepName;
    private LocalDate stepDate;
    private String actor;
    private int attempts;
    private boolean failed;
    private Instant nextAttemptAt;
    private String leaseToken;
    private String lastError;
    private Instant createdAt;

    protected DocumentDraft() {
    }

    DocumentDraft(long caseId, long eventId, String processKey, String taskKey, String stepName, LocalDate stepDate, String actor,
                  Instant now) {
        this.caseId = caseId;
        this.eventId = eventId;
        this.processKey = processKey;
        this.taskKey = taskKey;
        this.stepName = stepName.length() > 300 ? stepName.substring(0, 300) : stepName;
        this.stepDate = stepDate;
        this.actor = actor;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Backs off 1, 2, 4 … minutes (at most an hour); after {@code maxAttempts} it waits, failed, for a retry by hand. */
    void failedAttempt(String error, Instant at, int maxAttempts) {
        attempts++;
        String shown = error == null ? "unknown error" : error;
        lastError = shown.substring(0, Math.min(shown.length(), 1000));
        failed = attempts >= maxAttempts;
        nextAttemptAt = at.plus(Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6))));
        leaseToken = null;
    }

    void retryNow(Instant at) {
        failed = false;
        attempts = 0;
        nextAttemptAt = at;
        leaseToken = null;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getEventId() { return eventId; }
    public String getProcessKey() { return processKey; }
    public String getTaskKey() { return taskKey; }
    public String getStepName() { return stepName; }
    public LocalDate getStepDate() { return stepDate; }
    public String getActor() { return actor; }
    public int getAttempts() { return attempts; }
    public boolean isFailed() { return failed; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
}
