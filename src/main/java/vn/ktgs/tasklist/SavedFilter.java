package vn.ktgs.tasklist;

import jakarta.persistence.*;
import java.time.Instant;

/** A named inbox filter: its owner's, or shared with a committee. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String owner;
    /** Set when shared: the committee (organisation id) whose people see it. */
    private Long committeeOrgId;
    private String name;
    @Enumerated(EnumType.STRING)
    private InboxFilter.Scope scope;
    private String search;
    @Enumerated(EnumType.STRING)
    private InboxFilter.Due due;
    private String processKey;
    @Enumerated(EnumType.STRING)
    private InboxFilter.Sort sortBy;
    private boolean descending;
    private Instant createdAt;

    protected SavedFilter() {
    }

    SavedFilter(String owner, Long committeeOrgId, String name, InboxFilter f, Instant createdAt) {
        this.owner = owner;
        this.committeeOrgId = committeeOrgId;
        this.name = name;
        this.scope = f.scope();
        this.search = f.search() == null || f.search().isBlank() ? null : f.search().trim();
        this.due = f.due();
        this.processKey = f.processKey();
        this.sortBy = f.sort();
        this.descending = f.descending();
        this.createdAt = createdAt;
    }

    public InboxFilter filter() {
        return new InboxFilter(scope, search, due, processKey, sortBy, descending);
    }

    public Long getId() { return id; }
    public String getOwner() { return owner; }
    public Long getCommitteeOrgId() { return committeeOrgId; }
    public String getName() { return name; }
    public boolean isShared() { return committeeOrgId != null; }
}
