package vn.ktgs.audit;

import jakarta.persistence.*;
import java.time.Instant;

/** One audited change or access. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "at_time")
    private Instant at;
    private String actor;
    private String subject;
    private String action;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, String subject, String action, String detail) {
        this.at = at;
        this.actor = actor;
        this.subject = subject;
        this.action = action;
        this.detail = detail.length() > 2000 ? detail.substring(0, 1997) + "..." : detail;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getSubject() { return subject; }
    public String getAction() { return action; }
    public String getDetail() { return detail; }
}
