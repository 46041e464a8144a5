package vn.ktgs.casefile;

import jakarta.persistence.*;
import java.time.Instant;

/** A relation between two cases (e.g. a thematic supervision that led to an inspection), shown on both pages. */
@Entity
@Table(name = "case_link")
public class CaseLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long fromCaseId;
    private long toCaseId;
    @Enumerated(EnumType.STRING)
    private CaseLinkKind kind;
    private String createdBy;
    private Instant createdAt;

    protected CaseLink() {
    }

    CaseLink(long fromCaseId, long toCaseId, CaseLinkKind kind, String createdBy, Instant createdAt) {
        this.fromCaseId = fromCaseId;
        this.toCaseId = toCaseId;
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getFromCaseId() { return fromCaseId; }
    public long getToCaseId() { return toCaseId; }
    public CaseLinkKind getKind() { return kind; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
