package vn.ktgs.tasklist.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.kernel.Option;

/**
 * A form in the reader's language: labels, descriptions, option labels, date labels and texts from the form's
 * translation file ({@link ModelTexts}); the form's own Vietnamese where the file has no entry. Values, keys and rules
 * stay as they are, so what is stored does not depend on the language.
 */
public final class FormTranslation {

    private FormTranslation() {
    }

    public static FormDefinition localize(FormDefinition form, Locale locale) {
        if (ModelTexts.own(locale) || form.id() == null) {
            return form;
        }
        int[] texts = {0};
        return new FormDefinition(form.id(), fields(form.id(), form.components(), locale, texts));
    }

    private static List<FormField> fields(String formId, List<FormField> fields, Locale locale, int[] texts) {
        List<FormField> out = new ArrayList<>();
        for (FormField f : fields) {
            out.add(field(formId, f, locale, texts));
        }
        return out;
    }

    private static FormField field(String formId, FormField f, Locale locale, int[] texts) {
        String text = f.text();
        if ("text".equals(f.type())) {
            texts[0]++;
            text = ModelTexts.form(formId, "text." + texts[0], locale).orElse(text);
        }
        String key = f.key();
        String label = key == null ? f.label() : ModelTexts.form(formId, key + ".label", locale).orElse(f.label());
        String description = key == null ? f.description() : ModelTexts.form(formId, key + ".description", locale).orElse(f.description());
        List<Option> values = f.values();
        if (key != null && values != null && !values.isEmpty()) {
            values = values.stream().map(o -> new Option(ModelTexts.form(formId, key + ".option." + o.value(), locale).orElse(o.label()), o.value()))
                    .toList();
        }
        Map<String, String> properties = f.properties();
        if (key != null && properties != null && properties.containsKey("dateLabel")) {
            properties = new LinkedHashMap<>(properties);
            properties.put("dateLabel", ModelTexts.form(formId, key + ".dateLabel", locale).orElse(properties.get("dateLabel")));
        }
        List<FormField> children = f.components() == null ? null : fields(formId, f.components(), locale, texts);
        return new FormField(f.type(), key, label, description, f.required(), f.minLength(), f.maxLength(), f.min(), f.max(),
                f.decimalDigits(), f.pattern(), values, f.valuesKey(), f.subtype(), text, f.accept(), children, properties);
    }
}
