package vn.ktgs.tasklist.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import java.util.regex.Pattern;
import vn.ktgs.casefile.UploadPolicy;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.FieldError;

/**
 * Server-side check of submitted values against the form's own rules (required, lengths, min/max,
 * pattern, allowed options) plus KTGS's {@code requiredWhen} ("decision=REJECT") and
 * {@code notBefore=today} properties. The browser checks the same rules first; this one is the guard.
 */
public final class FormValidator {

    private FormValidator() {
    }

    public static List<FieldError> validate(FormDefinition form, Map<String, Object> values, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        validateFields(form.inputs(), values, "", today, errors);
        return errors;
    }

    private static void validateFields(List<FormField> fields, Map<String, Object> values, String prefix, LocalDate today,
                                       List<FieldError> errors) {
        for (FormField field : fields) {
            String name = prefix + field.key();
            Object value = values.get(field.key());
            boolean required = field.required() || conditionHolds(field.property("requiredWhen"), values);
            if ("dynamiclist".equals(field.type())) {
                checkList(field, name, value == null ? List.of() : value, today, errors);
                continue;
            }
            if (isEmpty(value)) {
                if (required) {
                    errors.add(FieldError.of(name, "required"));
                }
                continue;
            }
            switch (field.type()) {
                case "textfield", "textarea" -> checkText(field, name, value.toString(), errors);
                case "number" -> checkNumber(field, name, value, errors);
                case "select", "radio" -> checkOption(field, name, value.toString(), errors);
                case "taglist" -> checkTags(field, name, value, errors);
                case "datetime" -> checkDate(field, name, value, today, errors);
                case "filepicker" -> checkUpload(name, value, errors);
                default -> { }
            }
        }
    }

    private static void checkText(FormField f, String name, String text, List<FieldError> errors) {
        if (f.minLength() != null && text.length() < f.minLength()) {
            errors.add(FieldError.of(name, "minLength", f.minLength()));
        }
        if (f.maxLength() != null && text.length() > f.maxLength()) {
            errors.add(FieldError.of(name, "maxLength", f.maxLength()));
        }
        if (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(text).matches()) {
            errors.add(FieldError.of(name, "pattern"));
        }
    }

    private static void checkNumber(FormField f, String name, Object value, List<FieldError> errors) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(name, "number"));
            return;
        }
        if (f.decimalDigits() != null && number.scale() > 0 && number.stripTrailingZeros().scale() > f.decimalDigits()) {
            errors.add(FieldError.of(name, f.decimalDigits() == 0 ? "integer" : "decimals", f.decimalDigits()));
            return;
        }
        if (f.min() != null && number.compareTo(f.min()) < 0) {
            errors.add(FieldError.of(name, "min", f.min()));
        }
        if (f.max() != null && number.compareTo(f.max()) > 0) {
            errors.add(FieldError.of(name, "max", f.max()));
        }
    }

    private static void checkOption(FormField f, String name, String value, List<FieldError> errors) {
        if (f.valuesKey() == null && f.values().stream().noneMatch(o -> o.value().equals(value))) {
            errors.add(FieldError.of(name, "option"));
        }
    }

    /** A taglist sends a list; with static values, each must be one of them. */
    private static void checkTags(FormField f, String name, Object value, List<FieldError> errors) {
        if (!(value instanceof Collection<?> chosen)) {
            errors.add(FieldError.of(name, "list"));
            return;
        }
        chosen.stream().map(String::valueOf).filter(v -> f.valuesKey() == null && f.values().stream().noneMatch(o -> o.value().equals(v)))
                .findFirst().ifPresent(v -> errors.add(FieldError.of(name, "option")));
    }

    private static void checkDate(FormField f, String name, Object value, LocalDate today, List<FieldError> errors) {
        if (!(value instanceof LocalDate date)) {
            errors.add(FieldError.of(name, "date"));
            return;
        }
        if ("today".equals(f.property("notBefore")) && date.isBefore(today)) {
            errors.add(FieldError.of(name, "notBeforeToday"));
        }
    }

    /** Type (by name and by content) and size, as {@link UploadPolicy} allows for any case document. */
    private static void checkUpload(String name, Object value, List<FieldError> errors) {
        if (value instanceof UploadedFile file) {
            UploadPolicy.check(file).ifPresent(refusal -> errors.add(FieldError.of(name, refusal.code(), refusal.args())));
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkList(FormField f, String name, Object value, LocalDate today, List<FieldError> errors) {
        if (!(value instanceof List<?> rows)) {
            errors.add(FieldError.of(name, "list"));
            return;
        }
        String min = f.property("minRows");
        if (min != null && rows.size() < Integer.parseInt(min)) {
            errors.add(FieldError.of(name, "minRows", Integer.parseInt(min)));
        }
        for (int i = 0; i < rows.size(); i++) {
            validateFields(f.components(), (Map<String, Object>) rows.get(i), name + "[" + i + "].", today, errors);
        }
    }

    /** {@code key=VALUE}: the field is required when another field holds that value. */
    static boolean conditionHolds(String condition, Map<String, Object> values) {
        if (condition == null || !condition.contains("=")) {
            return false;
        }
        String[] parts = condition.split("=", 2);
        Object other = values.get(parts[0].trim());
        return other != null && other.toString().equals(parts[1].trim());
    }

    static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof UploadedFile u && u.content().length == 0);
    }
}
