package vn.ktgs.deadline;

import jakarta.persistence.*;
import java.time.Instant;
import vn.ktgs.calendar.TimeUnit;
import vn.ktgs.deadline.ExtensionStatus;

/** A request to extend one step's deadline and what the standing members decided. */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String taskId;
    private String taskName;
    private Long ruleId;
    private int amount;
    @Enumerated(EnumType.STRING)
    private TimeUnit unit;
    private String reason;
    private String requestedBy;
    private Instant requestedAt;
    @Enumerated(EnumType.STRING)
    private ExtensionStatus status;
    private Instant oldDue;
    private Instant newDue;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionComment;

    protected DeadlineExtension() {
    }

    DeadlineExtension(Long caseId, String taskId, String taskName, Long ruleId, int amount, TimeUnit unit, String reason,
                      String requestedBy, Instant requestedAt, Instant oldDue) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.taskName = taskName;
        this.ruleId = ruleId;
        this.amount = amount;
        this.unit = unit;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.oldDue = oldDue;
        this.status = ExtensionStatus.REQUESTED;
    }

    void decide(ExtensionStatus status, Instant newDue, String by, String comment, Instant at) {
        this.status = status;
        this.newDue = newDue;
        this.decidedBy = by;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getTaskId() { return taskId; }
    public String getTaskName() { return taskName; }
    public Long getRuleId() { return ruleId; }
    public int getAmount() { return amount; }
    public TimeUnit getUnit() { return unit; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public ExtensionStatus getStatus() { return status; }
    public Instant getOldDue() { return oldDue; }
    public Instant getNewDue() { return newDue; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
}
