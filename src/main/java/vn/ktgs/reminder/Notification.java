package vn.ktgs.reminder;

import jakarta.persistence.*;
import java.time.Instant;

/** A reminder as the user sees it in the app (and in the morning digest). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dedupeKey;
    private String username;
    private String taskId;
    private Long caseId;
    private String caseNumber;
    private String label;
    private String stepName;
    private Instant dueAt;
    private Instant createdAt;
    private Instant readAt;
    private Instant digestedAt;

    protected Notification() {
    }

    Notification(String dedupeKey, String username, String taskId, Long caseId, String caseNumber, String label,
                 String stepName, Instant dueAt, Instant createdAt) {
        this.dedupeKey = dedupeKey;
        this.username = username;
        this.taskId = taskId;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.label = label;
        this.stepName = stepName;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    void read(Instant at) { this.readAt = at; }
    void digested(Instant at) { this.digestedAt = at; }

    public Long getId() { return id; }
    public String getDedupeKey() { return dedupeKey; }
    public String getUsername() { return username; }
    public String getTaskId() { return taskId; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getLabel() { return label; }
    public String getStepName() { return stepName; }
    public Instant getDueAt() { return dueAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public Instant getDigestedAt() { return digestedAt; }
}
