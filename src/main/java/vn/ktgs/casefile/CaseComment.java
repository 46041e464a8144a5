package vn.ktgs.casefile;

import jakarta.persistence.*;
import java.time.Instant;

/** One comment on a case by one of the people who may see it. */
@Entity
@Table(name = "case_comment")
public class CaseComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long caseId;
    private String author;
    private String body;
    private Instant createdAt;
    private Instant editedAt;

    protected CaseComment() {
    }

    CaseComment(long caseId, String author, String body, Instant createdAt) {
        this.caseId = caseId;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
}
