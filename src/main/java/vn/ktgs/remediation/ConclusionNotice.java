package vn.ktgs.remediation;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A conclusion notice (thông báo kết luận) with its numbered remediation requirements. */
@Entity
@Table(name = "conclusion_notice")
public class ConclusionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String noticeNumber;
    @Enumerated(EnumType.STRING)
    private ConclusionOutcome outcome;
    /** A long text column (longtext in MySQL). */
    @Column(length = 1_000_000)
    private String findings;
    private int votesFor;
    private int votesAgainst;
    private int votesAbstain;
    private Instant issuedAt;
    @Enumerated(EnumType.STRING)
    private NoticeStatus status;
    private Instant closedAt;
    private LocalDate planDueDate;
    @Enumerated(EnumType.STRING)
    private PlanStatus planStatus;
    /** The follow-up inspection case opened from this notice (no case_link table on this branch). */
    private Long followupCaseId;
    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<RemediationRequirement> requirements = new ArrayList<>();

    protected ConclusionNotice() {
    }

    public ConclusionNotice(Long caseId, String noticeNumber, ConclusionOutcome outcome, String findings,
                            int votesFor, int votesAgainst, int votesAbstain, Instant issuedAt) {
        this.caseId = caseId;
        this.noticeNumber = noticeNumber;
        this.outcome = outcome;
        this.findings = findings;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstain = votesAbstain;
        this.issuedAt = issuedAt;
        this.status = NoticeStatus.OPEN;
    }

    public RemediationRequirement addRequirement(String content, String owner, LocalDate dueDate) {
        RemediationRequirement r = new RemediationRequirement(this, requirements.size() + 1, content, owner, dueDate);
        requirements.add(r);
        return r;
    }

    void planDueOn(LocalDate date) {
        this.planDueDate = date;
    }

    void plan(PlanStatus status) {
        this.planStatus = status;
    }

    void followedUpBy(long caseId) {
        if (followupCaseId != null && followupCaseId != caseId) {
            throw new IllegalStateException("notice " + id + " is already followed up by case " + followupCaseId);
        }
        this.followupCaseId = caseId;
    }

    void close(NoticeStatus status, Instant at) {
        this.status = status;
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getNoticeNumber() { return noticeNumber; }
    public ConclusionOutcome getOutcome() { return outcome; }
    public String getFindings() { return findings; }
    public int getVotesFor() { return votesFor; }
    public int getVotesAgainst() { return votesAgainst; }
    public int getVotesAbstain() { return votesAbstain; }
    public Instant getIssuedAt() { return issuedAt; }
    public NoticeStatus getStatus() { return status; }
    public Instant getClosedAt() { return closedAt; }
    public List<RemediationRequirement> getRequirements() { return requirements; }
    public LocalDate getPlanDueDate() { return planDueDate; }
    public PlanStatus getPlanStatus() { return planStatus; }
    public Long getFollowupCaseId() { return followupCaseId; }
}
