package vn.ktgs.programme;

import jakarta.persistence.*;
import vn.ktgs.organization.OrgLevel;

/** The yearly coverage a committee at one level must reach (seeded from procedures.md §5); administrators edit it. */
@Entity
@Table(name = "coverage_quota")
public class CoverageQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private OrgLevel orgLevel;
    /** Share (%) of subordinate organisations; null when the level has none. */
    private Integer orgSharePct;
    /** Share (%) of the members the committee manages; null when there is no member quota. */
    private Integer memberSharePct;
    @Column(length = 300)
    private String source;
    @Version
    private long version;

    protected CoverageQuota() {
    }

    public Long getId() { return id; }
    public OrgLevel getOrgLevel() { return orgLevel; }
    public Integer getOrgSharePct() { return orgSharePct; }
    public Integer getMemberSharePct() { return memberSharePct; }
    public String getSource() { return source; }

    void change(Integer orgSharePct, Integer memberSharePct) {
        this.orgSharePct = orgSharePct;
        this.memberSharePct = memberSharePct;
    }

    @Override
    public String toString() {
        // shown in the quota page's history: a level without a quota reads "–", not "null%"
        return orgLevel + ": " + (orgSharePct == null ? "–" : orgSharePct + "%") + " / "
                + (memberSharePct == null ? "–" : memberSharePct + "%");
    }
}
