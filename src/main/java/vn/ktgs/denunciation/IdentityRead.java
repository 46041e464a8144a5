package vn.ktgs.denunciation;

import jakarta.persistence.*;
import java.time.Instant;

/** One read of a denouncer's identity or of a sealed file: the audit the chair reviews. */
@Entity
@Table(name = "denunciation_identity_read")
public class IdentityRead {

    /** Why it was read. */
    public enum Purpose { VIEW, DOWNLOAD_FILE, SEND_RESULT, TRANSFER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long denunciationId;
    private Long committeeOrgId;
    private String readBy;
    private Instant readAt;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String what;

    protected IdentityRead() {
    }

    IdentityRead(long denunciationId, long committeeOrgId, String readBy, Instant readAt, Purpose purpose, String what) {
        this.denunciationId = denunciationId;
        this.committeeOrgId = committeeOrgId;
        this.readBy = readBy;
        this.readAt = readAt;
        this.purpose = purpose;
        this.what = what.length() > 255 ? what.substring(0, 255) : what;
    }

    public Long getId() { return id; }
    public Long getDenunciationId() { return denunciationId; }
    public Long getCommitteeOrgId() { return committeeOrgId; }
    public String getReadBy() { return readBy; }
    public Instant getReadAt() { return readAt; }
    public Purpose getPurpose() { return purpose; }
    public String getWhat() { return what; }
}
