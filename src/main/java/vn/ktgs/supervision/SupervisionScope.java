package vn.ktgs.supervision;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;

/** Whose committee a user supervises for, and who may decide a sign. */
final class SupervisionScope {

    private static final Set<Role> COMMITTEE_WORK = EnumSet.of(Role.INSPECTOR, Role.TEAM_LEAD, Role.COMMITTEE_MEMBER,
            Role.CHAIR, Role.DEPUTY_CHAIR);

    private SupervisionScope() {
    }

    /** The committee the user records observations and signs for: their first committee grant. */
    static Optional<Grant> committee(KtgsUser user) {
        return user.getGrants().stream().filter(g -> COMMITTEE_WORK.contains(g.role())).findFirst();
    }

    /** Chair or deputy chair of that committee (its standing members). */
    static boolean isStanding(KtgsUser user, long committeeOrgId) {
        return user.getGrants().stream().anyMatch(g -> g.role().isStanding() && g.orgId() == committeeOrgId);
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
