package vn.ktgs.remediation;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import vn.ktgs.kernel.VietnamTime;

/** One numbered requirement of a conclusion notice, with its owner and due date. */
@Entity
@Table(name = "remediation_requirement")
public class RemediationRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    private ConclusionNotice notice;
    private int seq;
    private String content;
    private String ownerName;
    /** The owner when the notice picked one: an organisation code, or a member id. */
    private String ownerOrgCode;
    private Long ownerMemberId;
    private boolean evidenceRequired;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private RequirementStatus status;
    /** A long text column (longtext in MySQL). */
    @Column(length = 1_000_000)
    private String lastReport;
    private Instant reportedAt;
    private Instant doneAt;

    protected RemediationRequirement() {
    }

    RemediationRequirement(ConclusionNotice notice, int seq, String content, String ownerName, LocalDate dueDate) {
        this.notice = notice;
        this.seq = seq;
        this.content = content;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.status = RequirementStatus.OPEN;
    }

    void ownedBy(String orgCode, Long memberId, boolean evidenceRequired) {
        this.ownerOrgCode = orgCode;
        this.ownerMemberId = memberId;
        this.evidenceRequired = evidenceRequired;
    }

    void report(String text, Instant at) {
        this.lastReport = text;
        this.reportedAt = at;
        this.status = RequirementStatus.REPORTED;
    }

    /**
     * The inspector's decision on the last report: a completion report accepted makes the requirement done
     * (as of the report's date, see {@link #doneOnTime()}); an accepted progress report leaves it in progress.
     */
    void confirm(boolean accepted, boolean completion, Instant at) {
        this.status = !accepted ? RequirementStatus.RETURNED : completion ? RequirementStatus.DONE : RequirementStatus.IN_PROGRESS;
        this.doneAt = accepted && completion ? at : null;
    }

    /** Past its due date (Vietnam time) and not done. */
    public boolean overdueOn(LocalDate today) {
        return status != RequirementStatus.DONE && today.isAfter(dueDate);
    }

    /**
     * Done, and the accepted report came in by the end of the due date (Vietnam time): the subject is not
     * made late by the time the inspector takes to confirm.
     */
    public boolean doneOnTime() {
        return status == RequirementStatus.DONE && reportedAt != null
                && !VietnamTime.localDate(reportedAt).isAfter(dueDate);
    }

    public Long getId() { return id; }
    public ConclusionNotice getNotice() { return notice; }
    public int getSeq() { return seq; }
    public String getContent() { return content; }
    public String getOwnerName() { return ownerName; }
    public String getOwnerOrgCode() { return ownerOrgCode; }
    public Long getOwnerMemberId() { return ownerMemberId; }
    public boolean isEvidenceRequired() { return evidenceRequired; }
    public LocalDate getDueDate() { return dueDate; }
    public RequirementStatus getStatus() { return status; }
    public String getLastReport() { return lastReport; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getDoneAt() { return doneAt; }
}
