package vn.ktgs.programme.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;

/** Shows a service's field errors beside their fields; returns the messages no field shows. */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<String> show(Component owner, FormValidationException invalid, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<String> other = new ArrayList<>();
        for (FieldError error : invalid.errors()) {
            String message = owner.getTranslation(error.messageKey(), error.args().toArray());
            HasValidation field = fields.get(error.field());
            if (field == null) {
                other.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        return other;
    }
}
