package vn.ktgs.denunciation;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One registered letter. The denouncer's identity is only the sealed bytes; nothing else here names them, so the row
 * (and anything that prints it) is safe to show to anyone who may see the case.
 */
@Entity
@Table(name = "denunciation")
public class Denunciation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private Long committeeOrgId;
    private String committeeOrgPath;
    private LocalDate receivedOn;
    private LocalDate postmarkedOn;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private int signatories;
    private boolean signedPersonally;
    @Enumerated(EnumType.STRING)
    private AccusedKind accusedKind;
    private Long accusedMemberId;
    private Long accusedOrgId;
    private String accusedName;
    @Column(length = 1_000_000)
    private String content;
    private boolean aboutAssetDeclaration;
    private boolean vague;
    private boolean fakeName;
    private boolean lacksCivilCapacity;
    private boolean newEvidence;
    private String outsideBody;
    private boolean anonymous;
    @Lob
    @Column(name = "identity_sealed", length = org.hibernate.Length.LONG32)
    private byte[] identitySealed;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String reasons;
    private String reasonText;
    private Long repeatOfId;
    private Long transferredFromId;
    private Long competentOrgId;
    private String teamLead;
    private String teamMembers;
    @Enumerated(EnumType.STRING)
    private Conclusion conclusion;
    private Instant dueAt;
    private Long congressListId;
    private String registeredBy;
    private Instant registeredAt;

    protected Denunciation() {
    }

    Denunciation(long committeeOrgId, String committeeOrgPath, Letter letter, byte[] identitySealed, boolean anonymous,
                 String registeredBy, Instant registeredAt) {
        this.committeeOrgId = committeeOrgId;
        this.committeeOrgPath = committeeOrgPath;
        this.receivedOn = letter.receivedOn();
        this.postmarkedOn = letter.postmarkedOn();
        this.channel = letter.channel();
        this.signatories = letter.signatories();
        this.signedPersonally = letter.signedPersonally();
        this.accusedKind = letter.accusedKind();
        this.accusedMemberId = letter.accusedMemberId();
        this.accusedOrgId = letter.accusedOrgId();
        this.accusedName = letter.accusedName();
        this.content = letter.content();
        this.aboutAssetDeclaration = letter.aboutAssetDeclaration();
        this.vague = letter.vague();
        this.fakeName = letter.fakeName();
        this.lacksCivilCapacity = letter.lacksCivilCapacity();
        this.newEvidence = letter.newEvidence();
        this.outsideBody = letter.outsideBody();
        this.identitySealed = identitySealed;
        this.anonymous = anonymous;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.outcome = Outcome.RESOLVE;
    }

    /** The letter as registered (no identity): what a transfer copies to the competent committee. */
    Letter letter() {
        return new Letter(receivedOn, postmarkedOn, channel, signatories, signedPersonally, accusedKind, accusedMemberId, accusedOrgId,
                accusedName, content, aboutAssetDeclaration, vague, fakeName, lacksCivilCapacity, newEvidence, outsideBody);
    }

    /** The deadline counts from the postmark when the letter came by post (the earlier date), else from receipt. */
    public LocalDate deadlineStart() {
        return postmarkedOn != null ? postmarkedOn : receivedOn;
    }

    void classified(Classification c, Long repeatOfId) {
        this.outcome = c.outcome();
        this.reasons = String.join(",", c.reasons().stream().map(Enum::name).toList());
        this.reasonText = c.reasonText();
        this.repeatOfId = repeatOfId;
    }

    void openedIn(long caseId) { this.caseId = caseId; }
    void transferredTo(long competentOrgId) {
        this.outcome = Outcome.TRANSFERRED;
        this.competentOrgId = competentOrgId;
    }
    void referred() { this.outcome = Outcome.REFERRED; }
    void cameFrom(long earlierId) { this.transferredFromId = earlierId; }
    void team(String lead, List<String> members) {
        this.teamLead = lead;
        this.teamMembers = String.join(",", members);
    }
    void concluded(Conclusion conclusion) { this.conclusion = conclusion; }
    void dueAt(Instant dueAt) { this.dueAt = dueAt; }
    void flagForCongress(Long listId) { this.congressListId = listId; }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getCommitteeOrgId() { return committeeOrgId; }
    public String getCommitteeOrgPath() { return committeeOrgPath; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getPostmarkedOn() { return postmarkedOn; }
    public Channel getChannel() { return channel; }
    public int getSignatories() { return signatories; }
    public boolean isSignedPersonally() { return signedPersonally; }
    public AccusedKind getAccusedKind() { return accusedKind; }
    public Long getAccusedMemberId() { return accusedMemberId; }
    public Long getAccusedOrgId() { return accusedOrgId; }
    public String getAccusedName() { return accusedName; }
    public String getContent() { return content; }
    public boolean isAboutAssetDeclaration() { return aboutAssetDeclaration; }
    public boolean isAnonymous() { return anonymous; }
    byte[] getIdentitySealed() { return identitySealed; }
    public Outcome getOutcome() { return outcome; }
    public List<NotResolvedReason> getReasons() {
        return reasons == null || reasons.isBlank() ? List.of() : Arrays.stream(reasons.split(",")).map(NotResolvedReason::valueOf).toList();
    }
    public String getReasonText() { return reasonText; }
    public Long getRepeatOfId() { return repeatOfId; }
    public Long getTransferredFromId() { return transferredFromId; }
    public Long getCompetentOrgId() { return competentOrgId; }
    public String getOutsideBody() { return outsideBody; }
    public String getTeamLead() { return teamLead; }
    public List<String> getTeamMembers() {
        return teamMembers == null || teamMembers.isBlank() ? List.of() : List.of(teamMembers.split(","));
    }
    public Conclusion getConclusion() { return conclusion; }
    public Instant getDueAt() { return dueAt; }
    public Long getCongressListId() { return congressListId; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }

    @Override
    public String toString() {
        return "Denunciation[" + id + ", case " + caseId + ", " + outcome + "]";
    }
}
