package vn.ktgs.tasklist.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.*;
import vn.ktgs.kernel.Option;

/** Reads Camunda Forms JSON (schemaVersion 16 and near) into {@link FormDefinition}. */
public final class FormParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormParser() {
    }

    public static FormDefinition parse(InputStream json) {
        try {
            JsonNode root = JSON.readTree(json);
            return new FormDefinition(root.path("id").asText(null), components(root.path("components")));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a Camunda form: " + e.getMessage(), e);
        }
    }

    private static List<FormField> components(JsonNode array) {
        List<FormField> fields = new ArrayList<>();
        for (JsonNode c : array) {
            fields.add(field(c));
        }
        return fields;
    }

    private static FormField field(JsonNode c) {
        JsonNode validate = c.path("validate");
        List<Option> values = new ArrayList<>();
        for (JsonNode v : c.path("values")) {
            values.add(new Option(v.path("label").asText(), v.path("value").asText()));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        c.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        if (c.has("defaultRepetitions")) { // form-js: rows a dynamic list shows at first (0 for optional lists)
            properties.putIfAbsent("defaultRepetitions", c.get("defaultRepetitions").asText());
        }
        String type = c.path("type").asText();
        String subtype = c.has("subtype") ? c.get("subtype").asText() : null;
        // inputs carry a "key"; a dynamic list or group binds its values under "path" instead
        String key = text(c, "key") != null ? text(c, "key") : text(c, "path");
        return new FormField(type, key, text(c, "label"), text(c, "description"),
                validate.path("required").asBoolean(false), integer(validate, "minLength"), integer(validate, "maxLength"),
                decimal(validate, "min"), decimal(validate, "max"), integer(c, "decimalDigits"), text(validate, "pattern"), values,
                text(c, "valuesKey"), subtype, text(c, "text"), text(c, "accept"), components(c.path("components")),
                properties);
    }

    private static String text(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asText() : null;
    }

    private static Integer integer(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode node, String name) {
        return node.hasNonNull(name) ? node.get(name).decimalValue() : null;
    }
}
