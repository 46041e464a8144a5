package vn.ktgs.asset;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;

/**
 * Whose committee a user works for in asset verification, and what they may do there. Declarations and amounts are
 * the committee's own: only users holding a committee role in that very organisation see its list of declarants.
 */
final class AssetScope {

    private static final Set<Role> COMMITTEE_WORK = EnumSet.of(Role.ADMIN, Role.CLERK, Role.INSPECTOR, Role.TEAM_LEAD,
            Role.COMMITTEE_MEMBER, Role.CHAIR, Role.DEPUTY_CHAIR);

    private AssetScope() {
    }

    /** The committee the user works for: their first grant of a committee role in an organisation with a committee. */
    static Optional<Grant> committee(KtgsUser user) {
        return user.getGrants().stream().filter(g -> COMMITTEE_WORK.contains(g.role())).findFirst();
    }

    static boolean worksIn(KtgsUser user, long committeeOrgId) {
        return user.getGrants().stream().anyMatch(g -> COMMITTEE_WORK.contains(g.role()) && g.orgId() == committeeOrgId);
    }

    /** Keeps the list of declarants: the committee's administrator or chair. */
    static boolean maintainsList(KtgsUser user, long committeeOrgId) {
        return has(user, committeeOrgId, Role.ADMIN, Role.CHAIR);
    }

    /** Draws the annual selection: the chair. */
    static boolean draws(KtgsUser user, long committeeOrgId) {
        return has(user, committeeOrgId, Role.CHAIR);
    }

    /** Opens a verification on a sign of violation: the standing members. */
    static boolean isStanding(KtgsUser user, long committeeOrgId) {
        return has(user, committeeOrgId, Role.CHAIR, Role.DEPUTY_CHAIR);
    }

    private static boolean has(KtgsUser user, long orgId, Role... roles) {
        Set<Role> wanted = EnumSet.of(roles[0], roles);
        return user.getGrants().stream().anyMatch(g -> g.orgId() == orgId && wanted.contains(g.role()));
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
