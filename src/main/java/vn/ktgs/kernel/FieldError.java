package vn.ktgs.kernel;

import java.util.List;

/**
 * A rule a value broke. {@code field} is the key (a dynamic-list row is {@code list[2].key});
 * {@code code} is a message key suffix under {@code form.error.}; {@code args} fill its placeholders.
 */
public record FieldError(String field, String code, List<Object> args) {

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }

    public String messageKey() {
        return "form.error." + code;
    }
}
