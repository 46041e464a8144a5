package vn.ktgs.complaint;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ktgs.discipline.DisciplineForm;

/** A disciplinary complaint: the facts entered at intake, the admissibility found, the deadline and the outcome. */
@Entity
@Table(name = "discipline_complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long committeeOrgId;
    private long complainantMemberId;
    private long disciplineRecordId;
    /** The record's id while open, null once closed: the unique index allows one active complaint per decision. */
    private Long activeRecordId;
    private LocalDate decisionReceivedOn;
    private boolean refusedDecision;
    private LocalDate filedOn;
    /** When the complainant sent the letter (postmark), if known: the appeal window is measured against it. */
    private LocalDate sentOn;
    /** The standing members' reason for accepting a complaint the rules found not admissible (null otherwise). */
    private String acceptedDespiteReason;
    private String acceptedDespiteBy;
    private String replyEmail;
    private String replyAddress;
    @Enumerated(EnumType.STRING)
    private EarlierResolution earlierResolution;
    private boolean sentenced;
    private boolean movedOrganization;
    private boolean writtenForAnother;
    private boolean alsoDenounces;
    private LocalDate appealWindowEndsOn;
    /** Comma-separated {@link InadmissibleReason} names; empty when admissible. */
    private String inadmissibleReasons;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;
    @Enumerated(EnumType.STRING)
    private ComplaintOutcome outcome;
    @Enumerated(EnumType.STRING)
    private DisciplineForm newForm;
    private String resolutionNumber;
    private String resolutionReason;
    private LocalDate resolvedOn;
    private String registeredBy;
    private Instant registeredAt;

    protected Complaint() {
    }

    Complaint(long caseId, long committeeOrgId, long complainantMemberId, long disciplineRecordId, Intake intake,
              LocalDate appealWindowEndsOn, Set<InadmissibleReason> reasons, LocalDate dueOn, String registeredBy, Instant registeredAt) {
        this.caseId = caseId;
        this.committeeOrgId = committeeOrgId;
        this.complainantMemberId = complainantMemberId;
        this.disciplineRecordId = disciplineRecordId;
        this.activeRecordId = disciplineRecordId;
        this.decisionReceivedOn = intake.decisionReceivedOn();
        this.refusedDecision = intake.refusedDecision();
        this.filedOn = intake.filedOn();
        this.sentOn = intake.sentOn();
        this.replyEmail = intake.replyEmail();
        this.replyAddress = intake.replyAddress();
        this.earlierResolution = intake.earlier();
        this.sentenced = intake.sentenced();
        this.movedOrganization = intake.movedOrganization();
        this.writtenForAnother = intake.writtenForAnother();
        this.alsoDenounces = intake.alsoDenounces();
        this.appealWindowEndsOn = appealWindowEndsOn;
        this.inadmissibleReasons = reasons.stream().map(Enum::name).collect(Collectors.joining(","));
        this.dueOn = dueOn;
        this.status = ComplaintStatus.OPEN;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    /** What the intake screen gives, already checked. */
    record Intake(LocalDate decisionReceivedOn, boolean refusedDecision, LocalDate filedOn, String replyEmail, String replyAddress,
                  EarlierResolution earlier, boolean sentenced, boolean movedOrganization, boolean writtenForAnother,
                  boolean alsoDenounces, LocalDate sentOn) {
    }

    /** The standing members disagree with the rules: the complaint is accepted after all (their reason stays on it). */
    void acceptedDespiteRules(String reason, String by) {
        acceptedDespiteReason = reason;
        acceptedDespiteBy = by;
    }

    /** Not accepted: found at intake, or by the standing board (its reason then stands in the reply). */
    void notAccepted(String reason, LocalDate on) {
        status = ComplaintStatus.NOT_ACCEPTED;
        resolutionReason = reason;
        resolvedOn = on;
        activeRecordId = null;
    }

    void resolved(ComplaintOutcome outcome, DisciplineForm newForm, String number, String reason, LocalDate on) {
        this.status = ComplaintStatus.RESOLVED;
        this.outcome = outcome;
        this.newForm = newForm;
        this.resolutionNumber = number;
        this.resolutionReason = reason;
        this.resolvedOn = on;
        this.activeRecordId = null;
    }

    public Set<InadmissibleReason> reasons() {
        Set<InadmissibleReason> set = EnumSet.noneOf(InadmissibleReason.class);
        if (inadmissibleReasons != null && !inadmissibleReasons.isBlank()) {
            Arrays.stream(inadmissibleReasons.split(",")).map(InadmissibleReason::valueOf).forEach(set::add);
        }
        return set;
    }

    public boolean admissible() {
        return reasons().isEmpty();
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getCommitteeOrgId() { return committeeOrgId; }
    public long getComplainantMemberId() { return complainantMemberId; }
    public long getDisciplineRecordId() { return disciplineRecordId; }
    public LocalDate getDecisionReceivedOn() { return decisionReceivedOn; }
    public boolean isRefusedDecision() { return refusedDecision; }
    public LocalDate getFiledOn() { return filedOn; }
    public LocalDate getSentOn() { return sentOn; }
    public String getAcceptedDespiteReason() { return acceptedDespiteReason; }
    public String getAcceptedDespiteBy() { return acceptedDespiteBy; }
    public String getReplyEmail() { return replyEmail; }
    public String getReplyAddress() { return replyAddress; }
    public EarlierResolution getEarlierResolution() { return earlierResolution; }
    public boolean isSentenced() { return sentenced; }
    public boolean isMovedOrganization() { return movedOrganization; }
    public boolean isWrittenForAnother() { return writtenForAnother; }
    public boolean isAlsoDenounces() { return alsoDenounces; }
    public LocalDate getAppealWindowEndsOn() { return appealWindowEndsOn; }
    public LocalDate getDueOn() { return dueOn; }
    public ComplaintStatus getStatus() { return status; }
    public ComplaintOutcome getOutcome() { return outcome; }
    public DisciplineForm getNewForm() { return newForm; }
    public String getResolutionNumber() { return resolutionNumber; }
    public String getResolutionReason() { return resolutionReason; }
    public LocalDate getResolvedOn() { return resolvedOn; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
}
