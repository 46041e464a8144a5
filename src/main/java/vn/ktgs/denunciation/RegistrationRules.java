package vn.ktgs.denunciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ktgs.casefile.UploadPolicy;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.organization.OrganizationService;

/** The registration rules the form cannot express, and reading the form's values into a letter and an identity. */
final class RegistrationRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private RegistrationRules() {
    }

    static List<FieldError> check(Map<String, Object> v, LocalDate today, OrganizationService organizations) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate received = (LocalDate) v.get("receivedOn");
        LocalDate postmarked = (LocalDate) v.get("postmarkedOn");
        if (received != null && received.isAfter(today)) {
            errors.add(FieldError.of("receivedOn", "notAfterToday"));
        }
        if (postmarked != null && postmarked.isAfter(today)) {
            errors.add(FieldError.of("postmarkedOn", "notAfterToday"));
        } else if (postmarked != null && received != null && postmarked.isAfter(received)) {
            errors.add(FieldError.of("postmarkedOn", "denunciation.postmarkAfterReceipt"));
        }
        String kind = text(v, "accusedKind");
        if ("MEMBER".equals(kind) && text(v, "accusedMember") == null) errors.add(FieldError.of("accusedMember", "required"));
        else if ("MEMBER".equals(kind) && !memberExists(text(v, "accusedMember"), organizations)) errors.add(FieldError.of("accusedMember", "option"));
        if ("ORGANIZATION".equals(kind) && text(v, "accusedOrg") == null) errors.add(FieldError.of("accusedOrg", "required"));
        else if ("ORGANIZATION".equals(kind) && !orgExists(text(v, "accusedOrg"), organizations)) errors.add(FieldError.of("accusedOrg", "option"));
        if (("UNKNOWN".equals(kind) || "NOT_PARTY".equals(kind)) && text(v, "accusedName") == null) {
            errors.add(FieldError.of("accusedName", "required"));
        }
        String email = text(v, "denouncerEmail");
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(FieldError.of("denouncerEmail", "denunciation.email"));
        }
        for (String key : List.of("signatureScan", "attachment")) {
            if (v.get(key) instanceof UploadedFile file) {
                UploadPolicy.check(file).ifPresent(r -> errors.add(new FieldError(key, r.code(), List.of(r.args()))));
            }
        }
        return errors;
    }

    private static boolean memberExists(String id, OrganizationService organizations) {
        try {
            organizations.memberById(Long.parseLong(id));
            return true;
        } catch (RuntimeException notFound) {
            return false;
        }
    }

    private static boolean orgExists(String code, OrganizationService organizations) {
        try {
            organizations.byCode(code);
            return true;
        } catch (RuntimeException notFound) {
            return false;
        }
    }

    static Letter letter(Map<String, Object> v, OrganizationService organizations) {
        AccusedKind kind = AccusedKind.valueOf(text(v, "accusedKind"));
        Long memberId = kind == AccusedKind.MEMBER ? Long.valueOf(text(v, "accusedMember")) : null;
        Long orgId = kind == AccusedKind.ORGANIZATION ? organizations.byCode(text(v, "accusedOrg")).getId() : null;
        String name = switch (kind) {
            case MEMBER -> organizations.memberById(memberId).getFullName();
            case ORGANIZATION -> organizations.byId(orgId).getName();
            default -> text(v, "accusedName");
        };
        return new Letter((LocalDate) v.get("receivedOn"), (LocalDate) v.get("postmarkedOn"), Channel.valueOf(text(v, "channel")),
                integer(v, "signatories"), "ORIGINAL".equals(text(v, "signed")), kind, memberId, orgId, name, text(v, "content"),
                flag(v, "aboutAssetDeclaration"), flag(v, "vague"), flag(v, "fakeName"), flag(v, "lacksCivilCapacity"),
                flag(v, "newEvidence"), text(v, "outsideBody"));
    }

    static DenouncerIdentity identity(Map<String, Object> v) {
        return new DenouncerIdentity(text(v, "denouncerName"), text(v, "denouncerAddress"), text(v, "denouncerEmail"), text(v, "denouncerPhone"));
    }

    static String text(Map<String, Object> v, String key) {
        Object o = v.get(key);
        return o == null || o.toString().isBlank() ? null : o.toString().trim();
    }

    private static int integer(Map<String, Object> v, String key) {
        Object o = v.get(key);
        return o == null ? 0 : new BigDecimal(o.toString()).intValue();
    }

    private static boolean flag(Map<String, Object> v, String key) {
        return Boolean.TRUE.equals(v.get(key)) || "true".equals(String.valueOf(v.get(key)));
    }
}
