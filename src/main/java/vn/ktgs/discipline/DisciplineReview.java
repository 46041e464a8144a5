package vn.ktgs.discipline;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One discipline review (the domain side of a {@code discipline-review} case): who, which body decides, the proposed
 * form and its limitation, a deferral, the ballot as entered and its outcome, the decision and its announcement.
 */
@Entity
@Table(name = "discipline_review")
public class DisciplineReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    @Enumerated(EnumType.STRING)
    private DisciplineSubjectKind subjectKind;
    private Long memberId;
    private Long orgId;
    private long decidingOrgId;
    @Enumerated(EnumType.STRING)
    private DisciplineForm proposedForm;
    private String limitationNote;
    private boolean limitationExpired;
    private String overrideReason;
    private String overrideBy;
    private String deferralReason;
    private LocalDate deferredUntil;
    private Integer bodyMembers;
    private Integer present;
    private Integer votesReprimand;
    private Integer votesWarning;
    private Integer votesRemoval;
    private Integer votesExpulsion;
    private Integer votesDissolution;
    private Integer votesNone;
    private Integer cellFullMembers;
    private Integer cellExpulsionVotes;
    @Enumerated(EnumType.STRING)
    private DisciplineForm outcomeForm;
    private String outcomeText;
    private Long proposedToCaseId;
    private String decisionNumber;
    private LocalDate decidedOn;
    private LocalDate announcedOn;
    private boolean refusedToReceive;
    private Long recordId;
    private Instant appealWindowEnds;

    protected DisciplineReview() {
    }

    DisciplineReview(long caseId, DisciplineSubjectKind subjectKind, Long memberId, Long orgId, long decidingOrgId,
                     DisciplineForm proposedForm) {
        this.caseId = caseId;
        this.subjectKind = subjectKind;
        this.memberId = memberId;
        this.orgId = orgId;
        this.decidingOrgId = decidingOrgId;
        this.proposedForm = proposedForm;
    }

    void limitation(String note, boolean expired) {
        this.limitationNote = note;
        this.limitationExpired = expired;
    }

    void overridden(String reason, String by) {
        this.overrideReason = reason;
        this.overrideBy = by;
    }

    void deferred(String reason, LocalDate until) {
        this.deferralReason = reason;
        this.deferredUntil = until;
    }

    void voted(SecretBallot.Count count, DisciplineForm outcome, String text) {
        bodyMembers = count.bodyMembers();
        present = count.present();
        votesReprimand = count.of(DisciplineForm.REPRIMAND);
        votesWarning = count.of(DisciplineForm.WARNING);
        votesRemoval = count.of(DisciplineForm.REMOVAL_FROM_POST);
        votesExpulsion = count.of(DisciplineForm.EXPULSION);
        votesDissolution = count.of(DisciplineForm.DISSOLUTION);
        votesNone = count.votesNone();
        cellFullMembers = count.cellFullMembers();
        cellExpulsionVotes = count.cellExpulsionVotes();
        outcomeForm = outcome;
        outcomeText = text;
    }

    /** The ballot as entered, to show its arithmetic again; empty before the vote. */
    Optional<SecretBallot.Count> count(boolean holdsPost, boolean bodyIsCell) {
        if (bodyMembers == null) {
            return Optional.empty();
        }
        Map<DisciplineForm, Integer> votes = new EnumMap<>(DisciplineForm.class);
        votes.put(DisciplineForm.REPRIMAND, votesReprimand);
        votes.put(DisciplineForm.WARNING, votesWarning);
        votes.put(DisciplineForm.REMOVAL_FROM_POST, votesRemoval);
        votes.put(DisciplineForm.EXPULSION, votesExpulsion);
        votes.put(DisciplineForm.DISSOLUTION, votesDissolution);
        return Optional.of(new SecretBallot.Count(subjectKind, holdsPost, bodyIsCell, bodyMembers, present, votes,
                votesNone, cellFullMembers, cellExpulsionVotes));
    }

    void proposedTo(long caseId) {
        this.proposedToCaseId = caseId;
    }

    /** A higher body deciding an expulsion a cell proposed: the cell's count travels with the proposal. */
    void cellProposal(Integer fullMembers, Integer expulsionVotes) {
        this.cellFullMembers = fullMembers;
        this.cellExpulsionVotes = expulsionVotes;
    }

    void announced(String decisionNumber, LocalDate decidedOn, LocalDate announcedOn, boolean refused, long recordId,
                   Instant appealWindowEnds) {
        this.decisionNumber = decisionNumber;
        this.decidedOn = decidedOn;
        this.announcedOn = announcedOn;
        this.refusedToReceive = refused;
        this.recordId = recordId;
        this.appealWindowEnds = appealWindowEnds;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public DisciplineSubjectKind getSubjectKind() { return subjectKind; }
    public Long getMemberId() { return memberId; }
    public Long getOrgId() { return orgId; }
    public long getDecidingOrgId() { return decidingOrgId; }
    public DisciplineForm getProposedForm() { return proposedForm; }
    public String getLimitationNote() { return limitationNote; }
    public boolean isLimitationExpired() { return limitationExpired; }
    public String getOverrideReason() { return overrideReason; }
    public String getOverrideBy() { return overrideBy; }
    public String getDeferralReason() { return deferralReason; }
    public LocalDate getDeferredUntil() { return deferredUntil; }
    public DisciplineForm getOutcomeForm() { return outcomeForm; }
    public String getOutcomeText() { return outcomeText; }
    public Long getProposedToCaseId() { return proposedToCaseId; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getAnnouncedOn() { return announcedOn; }
    public boolean isRefusedToReceive() { return refusedToReceive; }
    public Long getRecordId() { return recordId; }
    public Instant getAppealWindowEnds() { return appealWindowEnds; }
    public Integer getCellFullMembers() { return cellFullMembers; }
    public Integer getCellExpulsionVotes() { return cellExpulsionVotes; }
}
