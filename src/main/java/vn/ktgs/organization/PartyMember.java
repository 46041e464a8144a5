package vn.ktgs.organization;

import jakarta.persistence.*;
import java.time.LocalDate;
import vn.ktgs.kernel.TextFold;

@Entity
@Table(name = "party_member")
public class PartyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String fullName;
    /** Folded for search (TextFold), written with every change. */
    private String searchName;
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
    /** Set when an expulsion takes effect; a member whose membership ended is no longer a party member. */
    private LocalDate membershipEndedOn;
    private String membershipEndReason;

    protected PartyMember() {
    }

    public Long getId() { return id; }
    public String getFullName() { return fullName; }
    public int getBirthYear() { return birthYear; }
    public MembershipStatus getStatus() { return status; }
    public Organization getOrganization() { return organization; }
    public String getPosts() { return posts; }
    public Organization getManagingOrg() { return managingOrg; }
    public LocalDate getMembershipEndedOn() { return membershipEndedOn; }
    public String getMembershipEndReason() { return membershipEndReason; }

    public boolean isMember() {
        return membershipEndedOn == null;
    }

    /** Expulsion ends the membership (the reason names the discipline record, e.g. {@code discipline:12}). */
    public void endMembership(LocalDate on, String reason) {
        this.membershipEndedOn = on;
        this.membershipEndReason = reason;
    }

    /** A complaint decision that lifts an expulsion restores the membership. */
    public void restoreMembership() {
        this.membershipEndedOn = null;
        this.membershipEndReason = null;
    }

    @PrePersist
    @PreUpdate
    void refold() {
        this.searchName = TextFold.foldTo(300, fullName);
    }
}
