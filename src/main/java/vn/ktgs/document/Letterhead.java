package vn.ktgs.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.UserDirectory;

/** What the top of a committee's documents says and who signs them, from the org tree and the users. */
@Component
class Letterhead {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** "Đảng bộ tỉnh Lâm Giang" → "Lâm Giang": the locality a document is dated at. */
    private static final Pattern LOCALITY = Pattern.compile("^Đảng bộ (?:tỉnh|thành phố|xã|phường|đặc khu) (.+)$");

    /** One committee's heading facts. */
    record Issuer(long orgId, String parentBody, String numberSuffix, String place, String chairName) {
    }

    private final OrganizationService organizations;
    private final UserDirectory users;

    Letterhead(OrganizationService organizations, UserDirectory users) {
        this.organizations = organizations;
        this.users = users;
    }

    @Transactional(readOnly = true)
    Issuer of(long committeeOrgId) {
        Organization org = organizations.byId(committeeOrgId);
        String chair = users.membersOf("CHAIR:" + org.getCode()).stream().map(AppUser::getFullName).sorted()
                .findFirst().orElse("");
        return new Issuer(org.getId(), org.getName().toUpperCase(VIETNAMESE), suffix(org.getLevel()), place(org), chair);
    }

    /** The committee's short name in numbers: of the provincial committee (Tỉnh ủy), of the centre, of a party committee. */
    private static String suffix(OrgLevel level) {
        return switch (level) {
            case CENTRAL -> "UBKTTW";
            case PROVINCE -> "UBKTTU";
            default -> "UBKTĐU";
        };
    }

    private String place(Organization org) {
        Organization current = org;
        while (current != null) {
            Matcher m = LOCALITY.matcher(current.getName());
            if (m.matches()) {
                return m.group(1);
            }
            current = current.getParentId() == null ? null : organizations.byId(current.getParentId());
        }
        return "";
    }
}
