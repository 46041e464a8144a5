package vn.ktgs.kernel;

import java.util.List;

/** Input that broke a rule; nothing was saved. Views show each error beside its field. */
public class FormValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public FormValidationException(List<FieldError> errors) {
        super("invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public static FormValidationException of(String field, String code, Object... args) {
        return new FormValidationException(List.of(FieldError.of(field, code, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
