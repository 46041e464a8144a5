package vn.ktgs.denunciation;

import jakarta.persistence.*;
import java.time.Instant;

/** A file that may name the denouncer, sealed whole (name, type and content together). */
@Entity
@Table(name = "denunciation_file")
public class DenunciationFile {

    public enum Kind { SIGNATURE, ATTACHMENT, MINUTES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long denunciationId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Lob
    @Column(name = "sealed", length = org.hibernate.Length.LONG32)
    private byte[] sealed;
    private long sizeBytes;
    private String uploadedBy;
    private Instant uploadedAt;

    protected DenunciationFile() {
    }

    DenunciationFile(long denunciationId, Kind kind, byte[] sealed, long sizeBytes, String uploadedBy, Instant uploadedAt) {
        this.denunciationId = denunciationId;
        this.kind = kind;
        this.sealed = sealed;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public Long getDenunciationId() { return denunciationId; }
    public Kind getKind() { return kind; }
    byte[] getSealed() { return sealed; }
    public long getSizeBytes() { return sizeBytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
}
