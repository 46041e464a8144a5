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
public class Letterhead {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** "Đảng bộ tỉnh Lâm Giang" → "Lâm Giang": the locality a document is dated at. */
    private static final Pattern LOCALITY = Pattern.compile("^Đảng bộ (?:tỉnh|thành phố|xã|phường|đặc khu) (.+)$");

    /**
     * One issuer's heading facts: {@code parentBody} and {@code body} are the two heading lines ("ĐẢNG BỘ TỈNH …" /
     * "ỦY BAN KIỂM TRA"; for a cell, which has no inspection committee, its party organisation and the cell),
     * {@code onBehalfOf} and {@code position} the signature ("T/M ỦY BAN KIỂM TRA" / "CHỦ NHIỆM"; "T/M CHI BỘ" / "BÍ THƯ").
     */
    public record Issuer(long orgId, String parentBody, String body, String numberSuffix, String place, String chairName,
                  String onBehalfOf, String position) {

        public boolean isCell() {
            return body.startsWith("CHI BỘ");
        }
    }

    private final OrganizationService organizations;
    private final UserDirectory users;

    Letterhead(OrganizationService organizations, UserDirectory users) {
        this.organizations = organizations;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Issuer of(long committeeOrgId) {
        Organization org = organizations.byId(committeeOrgId);
        String chair = users.membersOf("CHAIR:" + org.getCode()).stream().map(AppUser::getFullName).sorted()
                .findFirst().orElse("");
        if (org.getLevel() == OrgLevel.CELL) {
            // the cell secretary works the cell's tasks through the cell's CHAIR grant (docs/processes.md)
            String parent = org.getParentId() == null ? "" : organizations.byId(org.getParentId()).getName().toUpperCase(VIETNAMESE);
            String cell = org.getName().toUpperCase(VIETNAMESE);
            return new Issuer(org.getId(), parent, cell.startsWith("CHI BỘ") ? cell : "CHI BỘ " + cell, "CB", place(org), chair,
                    "T/M CHI BỘ", "BÍ THƯ");
        }
        return new Issuer(org.getId(), org.getName().toUpperCase(VIETNAMESE), "ỦY BAN KIỂM TRA", suffix(org.getLevel()),
                place(org), chair, "T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM");
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
