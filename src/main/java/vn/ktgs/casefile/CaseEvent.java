package vn.ktgs.casefile;

import jakarta.persistence.*;
import java.time.Instant;

/** One line of a case's timeline: a completed step with the data entered. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    @Column(name = "at_time")
    private Instant at;
    private String actor;
    private String stepKey;
    private String stepName;
    private String summary;
    /** A long text column (longtext in MySQL). */
    @Column(length = 1_000_000)
    private String data;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Instant at, String actor, String stepKey, String stepName, String summary, String data) {
        this.caseId = caseId;
        this.at = at;
        this.actor = actor;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.summary = summary.length() > 1000 ? summary.substring(0, 997) + "..." : summary;
        this.data = data;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getStepKey() { return stepKey; }
    public String getStepName() { return stepName; }
    public String getSummary() { return summary; }
    public String getData() { return data; }
}
