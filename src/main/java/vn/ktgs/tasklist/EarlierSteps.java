package vn.ktgs.tasklist;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OptionsProvider;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.form.FormCatalog;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormField;
import vn.ktgs.tasklist.form.FormTranslation;

/**
 * What the earlier steps of a case recorded, as their forms label it: the plan, the outline, the subject's report,
 * the votes, a return's reason. The task page shows it beside the form, so a step never sends its user elsewhere to
 * find what it needs: in full for who may see the case, the parts addressed to the subject for its contact.
 */
@Component
public class EarlierSteps {

    /** One recorded step: its name, who did it, when, its one-line summary and its fields. */
    public record Step(String stepName, String actorName, Instant at, String summary, List<Line> lines) {
    }

    /** A field as its form labels it; a ticked box has no value. */
    public record Line(String label, String value) {
    }

    /** Form property: the field is addressed to the subject, whose contact reads it beside their own steps. */
    static final String SHOWN_TO_SUBJECT = "shownToSubject";

    private final CaseService cases;
    private final FormCatalog forms;
    private final UserDirectory users;
    private final List<OptionsProvider> providers;
    private final ObjectMapper json;

    EarlierSteps(CaseService cases, FormCatalog forms, UserDirectory users, List<OptionsProvider> providers, ObjectMapper json) {
        this.cases = cases;
        this.forms = forms;
        this.users = users;
        this.providers = providers;
        this.json = json;
    }

    /**
     * The case's recorded steps, newest first. A subject's contact, who may not see the case, gets only the fields the
     * forms address to the subject (property {@code shownToSubject}: the plan, the outline, the report's due date),
     * without who did the step or its summary; anyone else who may not see the case gets nothing.
     */
    @Transactional(readOnly = true)
    public List<Step> of(KtgsUser user, long caseId) {
        return of(user, caseId, null);
    }

    /** The same in the reader's language: step names and field labels from the models' and forms' translations. */
    @Transactional(readOnly = true)
    public List<Step> of(KtgsUser user, long caseId, Locale locale) {
        CaseFile c = cases.get(caseId);
        boolean committee = CaseService.canSee(user, c);
        if (!committee && !CaseService.isSubjectContact(user, c)) {
            return List.of();
        }
        List<CaseEvent> events = cases.timeline(caseId);
        Map<String, String> names = users.fullNames(events.stream().map(CaseEvent::getActor).filter(Objects::nonNull).distinct().toList());
        List<Step> steps = new ArrayList<>();
        for (CaseEvent e : events) {
            List<Line> lines = e.getData() == null ? List.of()
                    : forms.ofStep(c.getProcessKey(), e.getStepKey())
                    .map(f -> lines(FormTranslation.localize(f, locale), read(e.getData()), !committee)).orElse(List.of());
            String stepName = ModelTexts.stepName(c.getProcessKey(), e.getStepKey(), e.getStepName(), locale);
            if (committee) {
                steps.add(new Step(stepName, e.getActor() == null ? null : names.getOrDefault(e.getActor(), e.getActor()),
                        e.getAt(), e.getSummary(), lines));
            } else if (!lines.isEmpty()) {
                steps.add(new Step(stepName, null, e.getAt(), null, lines));
            }
        }
        Collections.reverse(steps);
        return steps;
    }

    /** Values as a form labels them (the preview before a step that cannot be undone), in the form's order. */
    public List<Line> describe(FormDefinition form, Map<String, Object> values, Locale locale) {
        return lines(FormTranslation.localize(form, locale), values, false);
    }

    private List<Line> lines(FormDefinition form, Map<String, Object> values, boolean subjectOnly) {
        List<Line> lines = new ArrayList<>();
        for (FormField field : form.inputs()) {
            if (subjectOnly && !"true".equals(field.property(SHOWN_TO_SUBJECT))) {
                continue;
            }
            Object value = values.get(field.key());
            String label = field.label() == null ? field.key() : field.label();
            if ("dynamiclist".equals(field.type()) && value instanceof List<?> rows) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i) instanceof Map<?, ?> row) {
                        StringJoiner text = new StringJoiner("; ");
                        for (FormField child : field.components()) {
                            String shown = shown(child, row.get(child.key()));
                            if (shown != null && !shown.isEmpty()) text.add((child.label() == null ? child.key() : child.label()) + ": " + shown);
                        }
                        lines.add(new Line(label + " " + (i + 1), text.toString()));
                    }
                }
                continue;
            }
            if (Boolean.TRUE.equals(value)) {
                lines.add(new Line(label, null));
                continue;
            }
            String shown = shown(field, value);
            if (shown != null && !shown.isBlank()) {
                lines.add(new Line(label, shown));
            }
        }
        return lines;
    }

    /** A stored value as the form showed it: an option's label, a date as dd/MM/yyyy, a decimal with a comma. */
    private String shown(FormField field, Object value) {
        if (value instanceof UploadedFile file) {
            return file.fileName();
        }
        if (value instanceof Collection<?> chosen && "taglist".equals(field.type())) {
            return String.join(", ", chosen.stream().map(v -> shown(field, v)).filter(Objects::nonNull).toList());
        }
        if (value == null || value instanceof Boolean || value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return null;
        }
        String text = value.toString();
        if (field.values() != null && !field.values().isEmpty()) {
            return field.values().stream().filter(o -> o.value().equals(text)).map(Option::label).findFirst().orElse(text);
        }
        if (field.valuesKey() != null) {
            return providers.stream().filter(p -> p.provides(field.valuesKey())).findFirst()
                    .map(p -> p.label(field.valuesKey(), text)).orElse(text);
        }
        if ("datetime".equals(field.type()) && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Formats.date(LocalDate.parse(text));
        }
        if (value instanceof BigDecimal || value instanceof Double) {
            return text.replace('.', ',');
        }
        return text;
    }

    private Map<String, Object> read(String data) {
        try {
            return json.readValue(data, new TypeReference<>() { });
        } catch (Exception unreadable) {
            return Map.of();
        }
    }
}
