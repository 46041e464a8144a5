package vn.ktgs.inspection;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One structured finding of a verification: a financial irregularity with its amount in đồng (§1c), or a case of
 * discipline of the wrong level / a violation left undisciplined (§1d). The conclusion and its notice show them.
 */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private int seq;
    @Enumerated(EnumType.STRING)
    private FindingKind kind;
    private String concerned;
    private String description;
    private String decidedBy;
    /** Whole đồng; null where the finding has no amount. */
    private BigDecimal amount;
    private Instant recordedAt;

    protected InspectionFinding() {
    }

    InspectionFinding(long caseId, int seq, FindingKind kind, String concerned, String description, String decidedBy,
                      BigDecimal amount, Instant recordedAt) {
        this.caseId = caseId;
        this.seq = seq;
        this.kind = kind;
        this.concerned = concerned;
        this.description = description;
        this.decidedBy = decidedBy;
        this.amount = amount;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public int getSeq() { return seq; }
    public FindingKind getKind() { return kind; }
    public String getConcerned() { return concerned; }
    public String getDescription() { return description; }
    public String getDecidedBy() { return decidedBy; }
    public BigDecimal getAmount() { return amount; }
    public Instant getRecordedAt() { return recordedAt; }
}
