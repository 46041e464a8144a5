package vn.ktgs.casefile;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document in the case file, stored with its SHA-256 so a later copy can be checked. Documents of the same
 * file name in one case are versions of each other (1, 2, …); every version stays. {@code docKind} is
 * {@link #UPLOADED}, {@link #MINUTES} (with its meeting date) or the kind of a generated document; {@code docNumber} is a generated document's number.
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    private String stepKey;
    private String uploadedBy;
    private Instant uploadedAt;
    private String docKind;
    private int versionNo;
    private String docNumber;
    private LocalDate meetingDate;

    public static final String UPLOADED = "UPLOADED";
    /** Minutes of a meeting (kick-off, verification, conclusion's presentation) uploaded on the case page. */
    public static final String MINUTES = "MINUTES";

    protected CaseDocument() {
    }

    CaseDocument(Long caseId, String fileName, String contentType, byte[] content, String sha256, String stepKey,
                 String uploadedBy, Instant uploadedAt, String docKind, int versionNo, String docNumber) {
        this.caseId = caseId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.stepKey = stepKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.docKind = docKind;
        this.versionNo = versionNo;
        this.docNumber = docNumber;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getStepKey() { return stepKey; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public String getDocKind() { return docKind; }
    public int getVersionNo() { return versionNo; }
    public String getDocNumber() { return docNumber; }
    public LocalDate getMeetingDate() { return meetingDate; }

    CaseDocument withMeetingDate(LocalDate date) {
        this.meetingDate = date;
        return this;
    }
}
