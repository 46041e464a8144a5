package vn.ktgs.asset;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One verification of a member's declaration (one per case): why it was opened, the member's explanation, the
 * declared and verified totals in đồng, the conclusion and its publication at the member's workplace.
 */
@Entity
@Table(name = "asset_verification")
public class AssetVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private long committeeOrgId;
    private long memberId;
    private int declarationYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "verification_trigger")
    private AssetVerificationTrigger trigger;
    private String triggerReason;
    private Long drawId;
    private Long sourceCaseId;
    private String declarantEmail;
    @Column(length = 1_000_000)
    private String explanation;
    private LocalDate explainedOn;
    private Long previousTotal;
    private Long declaredTotal;
    private Long verifiedTotal;
    private Long explainedIncrease;
    private Long unexplainedIncrease;
    @Column(length = 1_000_000)
    private String verificationNotes;
    @Enumerated(EnumType.STRING)
    private Conclusion conclusion;
    @Column(length = 1_000_000)
    private String conclusionReasons;
    private LocalDate concludedOn;
    private Instant publicationDue;
    private LocalDate publishedOn;
    private String publicationPlace;
    private boolean publishedLate;
    private int chaseCount;
    @Version
    private long version;

    protected AssetVerification() {
    }

    AssetVerification(long caseId, long committeeOrgId, long memberId, int declarationYear, AssetVerificationTrigger trigger,
                      String triggerReason, Long drawId, Long sourceCaseId, String declarantEmail) {
        this.caseId = caseId;
        this.committeeOrgId = committeeOrgId;
        this.memberId = memberId;
        this.declarationYear = declarationYear;
        this.trigger = trigger;
        this.triggerReason = triggerReason;
        this.drawId = drawId;
        this.sourceCaseId = sourceCaseId;
        this.declarantEmail = declarantEmail;
    }

    void explained(String explanation, LocalDate on) {
        this.explanation = explanation;
        this.explainedOn = on;
    }

    void verified(Amounts amounts, String notes) {
        this.previousTotal = amounts.previousTotal();
        this.declaredTotal = amounts.declaredTotal();
        this.verifiedTotal = amounts.verifiedTotal();
        this.explainedIncrease = amounts.explainedIncrease();
        this.unexplainedIncrease = amounts.unexplainedIncrease();
        this.verificationNotes = notes;
    }

    void concluded(Conclusion conclusion, String reasons, LocalDate on, Instant publicationDue) {
        this.conclusion = conclusion;
        this.conclusionReasons = reasons;
        this.concludedOn = on;
        this.publicationDue = publicationDue;
    }

    void published(LocalDate on, String place, boolean late) {
        this.publishedOn = on;
        this.publicationPlace = place;
        this.publishedLate = late;
    }

    void chased() {
        this.chaseCount++;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getCommitteeOrgId() { return committeeOrgId; }
    public long getMemberId() { return memberId; }
    public int getDeclarationYear() { return declarationYear; }
    public AssetVerificationTrigger getTrigger() { return trigger; }
    public String getTriggerReason() { return triggerReason; }
    public Long getDrawId() { return drawId; }
    public Long getSourceCaseId() { return sourceCaseId; }
    public String getDeclarantEmail() { return declarantEmail; }
    public String getExplanation() { return explanation; }
    public LocalDate getExplainedOn() { return explainedOn; }
    public Long getPreviousTotal() { return previousTotal; }
    public Long getDeclaredTotal() { return declaredTotal; }
    public Long getVerifiedTotal() { return verifiedTotal; }
    public Long getExplainedIncrease() { return explainedIncrease; }
    public Long getUnexplainedIncrease() { return unexplainedIncrease; }
    public String getVerificationNotes() { return verificationNotes; }
    public Conclusion getConclusion() { return conclusion; }
    public String getConclusionReasons() { return conclusionReasons; }
    public LocalDate getConcludedOn() { return concludedOn; }
    public Instant getPublicationDue() { return publicationDue; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublicationPlace() { return publicationPlace; }
    public boolean isPublishedLate() { return publishedLate; }
    public int getChaseCount() { return chaseCount; }
}
