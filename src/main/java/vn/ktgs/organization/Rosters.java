package vn.ktgs.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may vote in a body, as KTGS knows it: a cell's full members (probationary members do not vote on discipline,
 * 296 Art. 15), or a committee's members (chair and deputies included). Forms start their ballot's size from it.
 */
@Component
@Transactional(readOnly = true)
public class Rosters {

    private static final List<Role> COMMITTEE = List.of(Role.COMMITTEE_MEMBER, Role.CHAIR, Role.DEPUTY_CHAIR);

    private final OrganizationRepository organizations;
    private final PartyMemberRepository members;
    private final AppUserRepository users;

    Rosters(OrganizationRepository organizations, PartyMemberRepository members, AppUserRepository users) {
        this.organizations = organizations;
        this.members = members;
        this.users = users;
    }

    /** The number of voting members of the body with this code; empty when KTGS knows none (nothing to offer). */
    public Optional<Integer> votingMembers(String orgCode) {
        return organizations.findByCode(orgCode).map(org -> org.getLevel() == OrgLevel.CELL
                ? (int) members.countFullMembers(org.getId())
                : (int) users.findByRoleInOrg(COMMITTEE, org.getCode()).stream().map(AppUser::getUsername).distinct().count())
                .filter(n -> n > 0);
    }
}
