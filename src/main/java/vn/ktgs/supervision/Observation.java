package vn.ktgs.supervision;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** One regular-supervision observation: a meeting attended, a report read, press, a letter. */
@Entity
@Table(name = "supervision_observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long committeeOrgId;
    private String committeeOrgPath;
    @Enumerated(EnumType.STRING)
    private ObservationKind kind;
    private LocalDate observedOn;
    private Long subjectOrgId;
    private Long subjectMemberId;
    private String subjectName;
    private String subjectOrgPath;
    @Column(length = 1_000_000)
    private String content;
    private String documentName;
    private String documentType;
    // the bytes (document_content) are ObservationFile's: loaded only on download
    private String documentSha256;
    private String recordedBy;
    private Instant recordedAt;

    protected Observation() {
    }

    Observation(long committeeOrgId, String committeeOrgPath, ObservationKind kind, LocalDate observedOn, Subject subject,
                String content, String recordedBy, Instant recordedAt) {
        this.committeeOrgId = committeeOrgId;
        this.committeeOrgPath = committeeOrgPath;
        this.kind = kind;
        this.observedOn = observedOn;
        this.subjectOrgId = subject.orgId();
        this.subjectMemberId = subject.memberId();
        this.subjectName = subject.name();
        this.subjectOrgPath = subject.org().getPath();
        this.content = content;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The attached document's description; its bytes go to {@link ObservationFile}. */
    void attach(String name, String type, String sha256) {
        this.documentName = name;
        this.documentType = type;
        this.documentSha256 = sha256;
    }

    public Long getId() { return id; }
    public long getCommitteeOrgId() { return committeeOrgId; }
    public String getCommitteeOrgPath() { return committeeOrgPath; }
    public ObservationKind getKind() { return kind; }
    public LocalDate getObservedOn() { return observedOn; }
    public Long getSubjectOrgId() { return subjectOrgId; }
    public Long getSubjectMemberId() { return subjectMemberId; }
    public String getSubjectName() { return subjectName; }
    public String getSubjectOrgPath() { return subjectOrgPath; }
    public String getContent() { return content; }
    public String getDocumentName() { return documentName; }
    public String getDocumentType() { return documentType; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
