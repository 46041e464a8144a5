package vn.ktgs.kernel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of forms and process models in another language than their own Vietnamese: a file
 * {@code <form id>_<lang>.properties} beside each form (keys {@code <field>.label}, {@code <field>.description},
 * {@code <field>.dateLabel}, {@code <field>.option.<value>}, {@code text.<n>}) and {@code <process key>_<lang>.properties}
 * beside each model (key: the element's id). The Camunda Modeler keeps editing the forms and models themselves.
 * In Vietnamese, or where a text is missing, the model's own text stands.
 */
public final class ModelTexts {

    private static final Map<String, Map<String, Properties>> FORMS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Properties>> MODELS = new ConcurrentHashMap<>();

    private ModelTexts() {
    }

    /** Whether the locale reads the models' own language. */
    public static boolean own(Locale locale) {
        return locale == null || "vi".equals(locale.getLanguage());
    }

    /** A form's text in the locale's language ({@code key} as described above), or empty. */
    public static Optional<String> form(String formId, String key, Locale locale) {
        if (own(locale) || formId == null) {
            return Optional.empty();
        }
        Properties texts = FORMS.computeIfAbsent(locale.getLanguage(), lang -> load("forms", lang)).get(formId);
        return Optional.ofNullable(texts == null ? null : texts.getProperty(key));
    }

    /**
     * A model element's name in the locale's language. An element the process does not name (a step of a linked
     * process recorded on the same case) is looked up in the other models.
     */
    public static Optional<String> step(String processKey, String elementId, Locale locale) {
        if (own(locale) || elementId == null) {
            return Optional.empty();
        }
        Map<String, Properties> models = MODELS.computeIfAbsent(locale.getLanguage(), lang -> load("bpmn", lang));
        Properties own = processKey == null ? null : models.get(processKey);
        if (own != null && own.getProperty(elementId) != null) {
            return Optional.of(own.getProperty(elementId));
        }
        return models.values().stream().map(p -> p.getProperty(elementId)).filter(name -> name != null).findFirst();
    }

    /** The step's name in the locale's language, else {@code own}. */
    public static String stepName(String processKey, String elementId, String own, Locale locale) {
        return step(processKey, elementId, locale).orElse(own);
    }

    private static Map<String, Properties> load(String folder, String lang) {
        Map<String, Properties> found = new HashMap<>();
        String suffix = "_" + lang + ".properties";
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/**/*" + suffix)) {
                String name = r.getFilename();
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                found.put(name.substring(0, name.length() - suffix.length()), p);
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("translations of " + folder + " unreadable", unreadable);
        }
        return found;
    }
}
