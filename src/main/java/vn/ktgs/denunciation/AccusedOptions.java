package vn.ktgs.denunciation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.form.FormField.Option;
import vn.ktgs.tasklist.form.OptionsProvider;

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
        if (ORGANIZATIONS.equals(valuesKey)) {
            return organizations.searchOrganizations("/", filter, offset, limit).stream()
                    .map(o -> new Option(o.getName() + " (" + o.getCode() + ")", o.getCode())).toList();
        }
        return organizations.searchMembers("/", filter, offset, limit).stream()
                .map(m -> new Option(m.getFullName() + " – " + m.getBirthYear() + " – " + m.getOrganization().getName(), String.valueOf(m.getId())))
                .toList();
    }

    @Override
    public String label(String valuesKey, String value) {
        return ORGANIZATIONS.equals(valuesKey) ? organizations.byCode(value).getName()
                : organizations.memberById(Long.parseLong(value)).getFullName();
    }
}
