package vn.ktgs.base.ui;

import java.util.Set;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrgLevel;

/**
 * What a party cell does not do, kept out of the menu of someone who works only in cells (a cell secretary): a cell
 * has no inspection committee, so no asset verification, no committee's deadline table, discipline authority or users,
 * no identity audit of denunciations. The routes stay guarded by their roles; this only spares the menu.
 */
final class MenuLevels {

    static final Set<String> NOT_FOR_CELLS = Set.of("asset-verification", "admin/deadlines", "admin/discipline-authority", "users",
            "denunciations/identity-reads", "denunciations", "denunciations/new", "programmes/quotas");

    private MenuLevels() {
    }

    static boolean hiddenFor(KtgsUser user, String path) {
        boolean onlyCells = !user.getGrants().isEmpty() && user.getGrants().stream().allMatch(g -> g.orgLevel() == OrgLevel.CELL);
        return onlyCells && NOT_FOR_CELLS.contains(path);
    }
}
