package vn.ktgs.supervision;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import vn.ktgs.inspection.ViolationSource;

/**
 * A sign of violation (dấu hiệu vi phạm) with its source, awaiting the standing members' decision: an
 * inspection case, or dismissal with a reason. {@code reviewCaseId} is the case whose inbox task decides it
 * (its own sign-review case, or the thematic supervision that found it).
 */
@Entity
@Table(name = "violation_sign")
public class ViolationSign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long committeeOrgId;
    private String committeeOrgPath;
    @Enumerated(EnumType.STRING)
    private ViolationSource source;
    private Long subjectOrgId;
    private Long subjectMemberId;
    private String subjectName;
    private String subjectOrgPath;
    private String subjectOrgCode;
    @Column(length = 1_000_000)
    private String content;
    private Long observationId;
    private Long originCaseId;
    private Long reviewCaseId;
    private String raisedBy;
    private Instant raisedAt;
    private LocalDate raisedOn;
    @Enumerated(EnumType.STRING)
    private SignStatus status;
    private String decidedBy;
    private Instant decidedAt;
    @Column(length = 2000)
    private String dismissReason;
    private Long inspectionCaseId;
    @Version
    private long version;

    protected ViolationSign() {
    }

    ViolationSign(long committeeOrgId, String committeeOrgPath, ViolationSource source, Subject subject, String content,
                  Long observationId, Long originCaseId, String raisedBy, Instant raisedAt, LocalDate raisedOn) {
        this.committeeOrgId = committeeOrgId;
        this.committeeOrgPath = committeeOrgPath;
        this.source = source;
        this.subjectOrgId = subject.orgId();
        this.subjectMemberId = subject.memberId();
        this.subjectName = subject.name();
        this.subjectOrgPath = subject.org().getPath();
        this.subjectOrgCode = subject.org().getCode();
        this.content = content;
        this.observationId = observationId;
        this.originCaseId = originCaseId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.raisedOn = raisedOn;
        this.status = SignStatus.AWAITING;
    }

    void reviewIn(long caseId) { this.reviewCaseId = caseId; }

    void inspected(long inspectionCaseId, String by, Instant at) {
        this.status = SignStatus.INSPECTED;
        this.inspectionCaseId = inspectionCaseId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void dismissed(String reason, String by, Instant at) {
        this.status = SignStatus.DISMISSED;
        this.dismissReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public long getCommitteeOrgId() { return committeeOrgId; }
    public String getCommitteeOrgPath() { return committeeOrgPath; }
    public ViolationSource getSource() { return source; }
    public Long getSubjectOrgId() { return subjectOrgId; }
    public Long getSubjectMemberId() { return subjectMemberId; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectOrgPath() { return subjectOrgPath; }
    public String getSubjectOrgCode() { return subjectOrgCode; }
    public String getContent() { return content; }
    public Long getObservationId() { return observationId; }
    public Long getOriginCaseId() { return originCaseId; }
    public Long getReviewCaseId() { return reviewCaseId; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public SignStatus getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDismissReason() { return dismissReason; }
    public Long getInspectionCaseId() { return inspectionCaseId; }
}
