package vn.ktgs.denunciation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OptionsProvider;
import vn.ktgs.organization.OrganizationService;

/**
 * The accused on the registration form, searched in the whole org tree: a letter may accuse someone another
 * committee manages (KTGS then transfers it), so the clerk's own subtree is not enough.
 */
@Component
class AccusedOptions implements OptionsProvider {

    static final String MEMBERS = "denunciation-members";
    static final String ORGANIZATIONS = "denunciation-organizations";

    private final OrganizationService organizations;

    AccusedOptions(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public boolean provides(String valuesKey) {
        return MEMBERS.equals(valuesKey) || ORGANIZATIONS.equals(valuesKey);
    }

    @Override
    public List<Option> options(String valuesKey, KtgsUser user, String filter, int offset, int limit) {
        if (DenunciationService.clerkCommittee(user).isEmpty()) {
            return List.of();
        }
        return ORGANIZATIONS.equals(valuesKey) ? organizations.organizationOptions("/", filter, offset, limit)
                : organizations.memberOptions("/", filter, offset, limit);
    }

    @Override
    public String label(String valuesKey, String value) {
        return organizations.optionLabel(ORGANIZATIONS.equals(valuesKey), value);
    }
}
