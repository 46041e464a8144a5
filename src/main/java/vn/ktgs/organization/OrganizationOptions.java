package vn.ktgs.organization;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.form.FormField.Option;
import vn.ktgs.tasklist.form.OptionsProvider;

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
        if (ORGANIZATIONS.equals(valuesKey)) {
            return organizations.searchOrganizations(scope, filter, offset, limit).stream()
                    .map(o -> new Option(o.getName() + " (" + o.getCode() + ")", o.getCode())).toList();
        }
        return organizations.searchMembers(scope, filter, offset, limit).stream()
                .map(m -> new Option(m.getFullName() + " – " + m.getBirthYear() + " – " + m.getOrganization().getName(),
                        String.valueOf(m.getId()))).toList();
    }

    @Override
    public String label(String valuesKey, String value) {
        if (ORGANIZATIONS.equals(valuesKey)) {
            return organizations.byCode(value).getName();
        }
        return organizations.memberById(Long.parseLong(value)).getFullName();
    }
}
