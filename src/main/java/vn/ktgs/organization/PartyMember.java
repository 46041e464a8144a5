package vn.ktgs.organization;

import jakarta.persistence.*;

@Entity
@Table(name = "party_member")
public class PartyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    private int birthYear;
    @Enumerated(EnumType.STRING)
    private MembershipStatus status;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "org_id")
    private Organization organization;
    private String posts;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "managing_org_id")
    private Organization managingOrg;

    protected PartyMember() {
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public int getBirthYear() { return birthYear; }
    public MembershipStatus getStatus() { return status; }
    public Organization getOrganization() { return organization; }
    public String getPosts() { return posts; }
    public Organization getManagingOrg() { return managingOrg; }
}
