package vn.ktgs.discipline;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One discipline on a member's (or an organisation's) record: the decision that imposed it, when it took effect,
 * and what a complaint decision later did to it. A changed discipline points to the record that replaced it.
 */
@Entity
@Table(name = "discipline_record")
public class DisciplineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long memberId;
    private Long orgId;
    @Enumerated(EnumType.STRING)
    private DisciplineForm form;
    private String decisionNumber;
    private long decidedByOrgId;
    private LocalDate decidedOn;
    private LocalDate effectiveOn;
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private DisciplineRecordStatus status;
    private Long replacedById;
    private String statusReason;
    private String recordedBy;
    private Instant recordedAt;

    protected DisciplineRecord() {
    }

    DisciplineRecord(Long memberId, Long orgId, DisciplineForm form, String decisionNumber, long decidedByOrgId,
            LocalDate decidedOn, LocalDate effectiveOn, Long caseId, String recordedBy, Instant recordedAt) {
        this.memberId = memberId;
        this.orgId = orgId;
        this.form = form;
        this.decisionNumber = decisionNumber.trim();
        this.decidedByOrgId = decidedByOrgId;
        this.decidedOn = decidedOn;
        this.effectiveOn = effectiveOn;
        this.caseId = caseId;
        this.status = DisciplineRecordStatus.IN_FORCE;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void annul(String reason) {
        status = DisciplineRecordStatus.ANNULLED;
        statusReason = reason;
    }

    void replaceWith(long replacementId, String reason) {
        status = DisciplineRecordStatus.CHANGED;
        replacedById = replacementId;
        statusReason = reason;
    }

    public boolean inForce() {
        return status == DisciplineRecordStatus.IN_FORCE;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public Long getOrgId() { return orgId; }
    public DisciplineForm getForm() { return form; }
    public String getDecisionNumber() { return decisionNumber; }
    public long getDecidedByOrgId() { return decidedByOrgId; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public Long getCaseId() { return caseId; }
    public DisciplineRecordStatus getStatus() { return status; }
    public Long getReplacedById() { return replacedById; }
    public String getStatusReason() { return statusReason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
