package vn.ktgs.tasklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormField;

/**
 * KTGS's form property {@code onlyForRoles} ("INSPECTOR,CHAIR"): a field only a user holding one of these roles
 * sees and may fill, e.g. "entered on the subject's behalf" is the inspector's box, not the subject's contact's.
 * The renderer hides the field; the service refuses a value sent anyway.
 */
public final class RoleLimitedFields {

    private RoleLimitedFields() {
    }

    public static boolean allows(FormField field, KtgsUser user) {
        String roles = field.property("onlyForRoles");
        if (roles == null || user == null) {
            return true;
        }
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .anyMatch(r -> user.hasRole(Role.valueOf(r)));
    }

    /** A filled field the user may not fill (a box ticked, a text typed): refused with code {@code notForYourRole}. */
    static List<FieldError> check(FormDefinition form, Map<String, Object> values, KtgsUser user) {
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.inputs()) {
            Object value = values.get(field.key());
            boolean filled = value != null && !Boolean.FALSE.equals(value) && !value.toString().isBlank();
            if (filled && !allows(field, user)) {
                errors.add(FieldError.of(field.key(), "notForYourRole"));
            }
        }
        return errors;
    }
}
