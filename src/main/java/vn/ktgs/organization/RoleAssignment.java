package vn.ktgs.organization;

import jakarta.persistence.*;

@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private AppUser user;
    @Enumerated(EnumType.STRING)
    private Role role;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "org_id")
    private Organization organization;

    protected RoleAssignment() {
    }

    public Long getId() { return id; }
    public AppUser getUser() { return user; }
    public Role getRole() { return role; }
    public Organization getOrganization() { return organization; }
}
