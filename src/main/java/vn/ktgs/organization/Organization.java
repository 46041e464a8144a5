package vn.ktgs.organization;

import jakarta.persistence.*;
import vn.ktgs.kernel.TextFold;

/** A party organisation; {@code path} is the materialised path of codes ("/TW/T01/X03/") used for scoping. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    /** Folded for search (TextFold), written with every change. */
    private String searchName;
    @Enumerated(EnumType.STRING)
    private OrgLevel level;
    @Column(name = "parent_id")
    private Long parentId;
    private String path;
    private boolean hasCommittee;
    private String committeeName;

    protected Organization() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public OrgLevel getLevel() { return level; }
    public Long getParentId() { return parentId; }
    public String getPath() { return path; }
    public boolean isHasCommittee() { return hasCommittee; }
    public String getCommitteeName() { return committeeName; }

    public boolean isWithin(String ancestorPath) {
        return path.startsWith(ancestorPath);
    }

    @Override
    public String toString() {
        return name;
    }

    @PrePersist
    @PreUpdate
    void refold() {
        this.searchName = TextFold.foldTo(600, name, code);
    }
}
