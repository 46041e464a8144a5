package vn.ktgs.tasklist.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ktgs.kernel.Option;

/**
 * One component of a Camunda Forms schema (the JSON that Camunda Modeler edits). KTGS renders the
 * types below; {@code properties} carries KTGS's extra server-side rules, e.g. {@code requiredWhen}.
 */
public record FormField(
        String type,
        String key,
        String label,
        String description,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        /** 0 for whole numbers (vote counts); null for any number. */
        Integer decimalDigits,
        String pattern,
        List<Option> values,
        String valuesKey,
        String subtype,
        String text,
        String accept,
        List<FormField> components,
        Map<String, String> properties) {

    public boolean isInput() {
        return key != null && !key.isBlank() && !"text".equals(type) && !"group".equals(type) && !"button".equals(type);
    }

    public String property(String name) {
        return properties == null ? null : properties.get(name);
    }
}
