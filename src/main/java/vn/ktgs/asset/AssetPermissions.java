package vn.ktgs.asset;

import org.springframework.stereotype.Component;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;

/** What the asset page offers a user in their committee (the services check the same rules again). */
@Component
public class AssetPermissions {

    public boolean maintainsList(KtgsUser user) {
        return AssetScope.committee(user).map(c -> AssetScope.maintainsList(user, c.orgId())).orElse(false);
    }

    public boolean draws(KtgsUser user) {
        return AssetScope.committee(user).map(c -> AssetScope.draws(user, c.orgId())).orElse(false);
    }

    public boolean isStanding(KtgsUser user) {
        return AssetScope.committee(user).map(c -> AssetScope.isStanding(user, c.orgId())).orElse(false);
    }

    /** The committee's org path: members chosen for its list must lie within it. */
    public String committeePath(KtgsUser user) {
        return AssetScope.committee(user).map(Grant::orgPath).orElse("/none/");
    }
}
