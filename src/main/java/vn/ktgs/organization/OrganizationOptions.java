package vn.ktgs.organization;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.Option;

/** Form options "organizations" (value: org code) and "members" (value: member id) within the user's committees. */
@Component
class OrganizationOptions implements OptionsProvider {

    static final String ORGANIZATIONS = "organizations";
    static final String MEMBERS = "members";

    private final OrganizationService organizations;

    OrganizationOptions(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public boolean provides(String valuesKey) {
        return ORGANIZATIONS.equals(valuesKey) || MEMBERS.equals(valuesKey);
    }

    @Override
    public List<Option> options(String valuesKey, KtgsUser user, String filter, int offset, int limit) {
        // the lookups serve the proposal form: offer what the proposing committee may inspect
        String scope = user.proposingCommittee().map(Grant::orgPath)
                .orElse(user.committeeScopePaths().stream().findFirst().orElse("/none/"));
        return ORGANIZATIONS.equals(valuesKey) ? organizations.organizationOptions(scope, filter, offset, limit)
                : organizations.memberOptions(scope, filter, offset, limit);
    }

    @Override
    public String label(String valuesKey, String value) {
        return organizations.optionLabel(ORGANIZATIONS.equals(valuesKey), value);
    }
}
