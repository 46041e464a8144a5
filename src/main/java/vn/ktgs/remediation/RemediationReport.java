package vn.ktgs.remediation;

import jakarta.persistence.*;
import java.time.Instant;

/** One plan or report the subject handed in, and the inspector's decision on it: the follow-up's history. */
@Entity
@Table(name = "remediation_report")
public class RemediationReport {

    public enum Decision { ACCEPTED, RETURNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long noticeId;
    /** Null for the plan, which is per notice. */
    private Long requirementId;
    @Enumerated(EnumType.STRING)
    private ReportKind kind;
    @Column(length = 1_000_000)
    private String reportText;
    private String evidenceName;
    private String submittedBy;
    private boolean onBehalf;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decidedBy;
    private Instant decidedAt;
    @Column(length = 2000)
    private String decisionComment;

    protected RemediationReport() {
    }

    RemediationReport(Long noticeId, Long requirementId, ReportKind kind, String text, String evidenceName,
                      String submittedBy, boolean onBehalf, Instant at) {
        this.noticeId = noticeId;
        this.requirementId = requirementId;
        this.kind = kind;
        this.reportText = text;
        this.evidenceName = evidenceName;
        this.submittedBy = submittedBy;
        this.onBehalf = onBehalf;
        this.submittedAt = at;
    }

    void decide(Decision decision, String by, String comment, Instant at) {
        this.decision = decision;
        this.decidedBy = by;
        this.decisionComment = comment;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public Long getNoticeId() { return noticeId; }
    public Long getRequirementId() { return requirementId; }
    public ReportKind getKind() { return kind; }
    public String getReportText() { return reportText; }
    public String getEvidenceName() { return evidenceName; }
    public String getSubmittedBy() { return submittedBy; }
    public boolean isOnBehalf() { return onBehalf; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionComment() { return decisionComment; }
}
