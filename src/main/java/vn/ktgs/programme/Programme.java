package vn.ktgs.programme;

import jakarta.persistence.*;
import java.time.Instant;

/** A committee's inspection and supervision programme (chương trình kiểm tra, giám sát) for a year or a term. */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long committeeOrgId;
    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;
    private int startYear;
    private int endYear;
    @Column(length = 300)
    private String title;
    @Enumerated(EnumType.STRING)
    private ProgrammeStatus status;
    private String createdBy;
    private Instant createdAt;
    private String approvedBy;
    private Instant approvedAt;
    @Version
    private long version;

    protected Programme() {
    }

    Programme(long committeeOrgId, ProgrammeKind kind, int startYear, int endYear, String title, String createdBy,
              Instant createdAt) {
        this.committeeOrgId = committeeOrgId;
        this.kind = kind;
        this.startYear = startYear;
        this.endYear = endYear;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ProgrammeStatus.DRAFT;
    }

    public Long getId() { return id; }
    public Long getCommitteeOrgId() { return committeeOrgId; }
    public ProgrammeKind getKind() { return kind; }
    public int getStartYear() { return startYear; }
    public int getEndYear() { return endYear; }
    public String getTitle() { return title; }
    public ProgrammeStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }

    public boolean isApproved() {
        return status == ProgrammeStatus.APPROVED;
    }

    /** "2031" or "2026–2030". */
    public String period() {
        return startYear == endYear ? String.valueOf(startYear) : startYear + "–" + endYear;
    }

    void approve(String by, Instant at) {
        this.status = ProgrammeStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }
}
