package vn.ktgs.asset;

import jakarta.persistence.*;
import java.time.Instant;

/** A member obliged to declare assets and income in a year, on a committee's list (e.g. for the post they hold). */
@Entity
@Table(name = "asset_declarant")
public class Declarant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long committeeOrgId;
    private int declarationYear;
    private long memberId;
    private String post;
    /** Where the request for explanation is mailed; none known = the letter is handed over. */
    private String email;
    private String addedBy;
    private Instant addedAt;

    protected Declarant() {
    }

    Declarant(long committeeOrgId, int declarationYear, long memberId, String post, String email, String addedBy, Instant addedAt) {
        this.committeeOrgId = committeeOrgId;
        this.declarationYear = declarationYear;
        this.memberId = memberId;
        this.post = post;
        this.email = email;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getId() { return id; }
    public long getCommitteeOrgId() { return committeeOrgId; }
    public int getDeclarationYear() { return declarationYear; }
    public long getMemberId() { return memberId; }
    public String getPost() { return post; }
    public String getEmail() { return email; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
