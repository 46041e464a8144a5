package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.base.ui.UploadTexts;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OptionsProvider;
import vn.ktgs.tasklist.RoleLimitedFields;
import vn.ktgs.tasklist.form.*;

/**
 * Renders any Camunda Forms schema as native Vaadin fields: one generic renderer for every task form.
 * The browser enforces the same rules the server re-checks in {@link FormValidator}.
 */
public class FormRenderer {

    private final List<OptionsProvider> providers;
    private final KtgsUser user;
    private final LocalDate today;

    public FormRenderer(List<OptionsProvider> providers, KtgsUser user, LocalDate today) {
        this.providers = providers;
        this.user = user;
        this.today = today;
    }

    /** A rendered form: its layout, a way to read the values, and a way to show server-side errors. */
    public static final class Rendered {
        final FormLayout layout = new FormLayout();
        final Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
        final Map<String, HasValidation> fields = new HashMap<>();
        final List<DynamicListField> lists = new ArrayList<>();
        final Map<String, Component> components = new HashMap<>();
        final Map<String, Consumer<Object>> writers = new HashMap<>();

        public FormLayout layout() {
            return layout;
        }

        /**
         * Puts stored values into the fields (a draft, a returned step's last values, a feature's defaults): a value
         * that no longer fits its field (an option withdrawn, a date unreadable) leaves the field empty. Files cannot
         * be put back: an upload must be chosen again.
         */
        public void fill(Map<String, ?> values) {
            put(writers, values);
        }

        /** Runs after the user changes any field, a list's row included (e.g. to keep a draft). */
        public void onChange(Runnable listener) {
            components.values().forEach(c -> {
                if (c instanceof HasValue<?, ?> v) {
                    v.addValueChangeListener(e -> {
                        if (e.isFromClient()) listener.run();
                    });
                }
            });
            lists.forEach(l -> l.onChange(listener));
        }

        public Map<String, Object> values() {
            Map<String, Object> values = new LinkedHashMap<>();
            readers.forEach((key, reader) -> values.put(key, reader.get()));
            return values;
        }

        /** Marks each failing field; returns the messages that have no field to sit on. */
        public List<String> showErrors(List<FieldError> errors, Function<FieldError, String> translate) {
            fields.values().forEach(f -> f.setInvalid(false));
            lists.forEach(DynamicListField::clearErrors);
            List<String> unplaced = new ArrayList<>();
            for (FieldError error : errors) {
                HasValidation field = fields.get(error.field());
                if (field == null) {
                    field = lists.stream().map(l -> l.fieldFor(error.field())).filter(Objects::nonNull).findFirst().orElse(null);
                }
                if (field != null) {
                    field.setErrorMessage(translate.apply(error));
                    field.setInvalid(true);
                } else {
                    unplaced.add(translate.apply(error));
                }
            }
            return unplaced;
        }
    }

    public Rendered render(FormDefinition form) {
        Rendered rendered = new Rendered();
        rendered.layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        addAll(form.components(), rendered);
        wireShowWhen(form, rendered);
        return rendered;
    }

    /**
     * KTGS's {@code showWhen} property ("subjectKind=MEMBER"): the field is shown only while another field
     * holds that value, and a hidden field submits nothing.
     */
    private void wireShowWhen(FormDefinition form, Rendered rendered) {
        for (FormField field : form.inputs()) {
            String condition = field.property("showWhen");
            Component component = rendered.components.get(field.key());
            if (condition == null || !condition.contains("=") || component == null) {
                continue;
            }
            String[] parts = condition.split("=", 2);
            Component control = rendered.components.get(parts[0].trim());
            Supplier<Object> controlValue = rendered.readers.get(parts[0].trim());
            if (!(control instanceof HasValue<?, ?> hasValue) || controlValue == null) {
                continue;
            }
            Runnable toggle = () -> component.setVisible(parts[1].trim().equals(String.valueOf(controlValue.get())));
            hasValue.addValueChangeListener(e -> toggle.run());
            toggle.run();
            Supplier<Object> reader = rendered.readers.get(field.key());
            rendered.readers.put(field.key(), () -> component.isVisible() ? reader.get() : null);
        }
    }

    private void addAll(List<FormField> components, Rendered rendered) {
        for (FormField field : components) {
            if ("group".equals(field.type())) {
                addAll(field.components(), rendered);
                continue;
            }
            if ("dynamiclist".equals(field.type())) {
                DynamicListField list = new DynamicListField(field, this);
                rendered.lists.add(list);
                rendered.readers.put(field.key(), list::value);
                rendered.writers.put(field.key(), list::fill);
                rendered.layout.add(list, 2);
                continue;
            }
            if (!forThisUser(field)) {
                continue;
            }
            Field built = build(field);
            if (built == null) {
                continue;
            }
            if (field.isInput()) {
                rendered.components.put(field.key(), built.component());
                rendered.readers.put(field.key(), built.reader());
                if (built.writer() != null) {
                    rendered.writers.put(field.key(), built.writer());
                }
                if (built.component() instanceof HasValidation v) {
                    rendered.fields.put(field.key(), v);
                }
            }
            boolean wide = "textarea".equals(field.type()) || "text".equals(field.type()) || "filepicker".equals(field.type());
            rendered.layout.add(built.component(), wide ? 2 : 1);
        }
    }

    private boolean forThisUser(FormField field) {
        return RoleLimitedFields.allows(field, user);
    }

    /** A Vaadin component for one schema field, how to read its value and how to put a stored one back (null: cannot). */
    record Field(Component component, Supplier<Object> reader, Consumer<Object> writer) {
    }

    Field build(FormField f) {
        String label = f.label() == null ? "" : f.label();
        boolean required = f.required() || f.property("requiredWhen") != null;
        return switch (f.type()) {
            case "textfield" -> {
                TextField t = new TextField(label);
                t.setRequired(f.required());
                t.setRequiredIndicatorVisible(required);
                if (f.maxLength() != null) t.setMaxLength(f.maxLength());
                if (f.minLength() != null) t.setMinLength(f.minLength());
                if (f.pattern() != null) t.setPattern(f.pattern());
                if (f.description() != null) t.setHelperText(f.description());
                t.setId("field-" + f.key());
                yield new Field(t, t::getValue, v -> t.setValue(v.toString()));
            }
            case "textarea" -> {
                TextArea t = new TextArea(label);
                t.setRequired(f.required());
                t.setRequiredIndicatorVisible(required);
                if (f.maxLength() != null) t.setMaxLength(f.maxLength());
                if (f.minLength() != null) t.setMinLength(f.minLength());
                if (f.description() != null) t.setHelperText(f.description());
                t.setId("field-" + f.key());
                yield new Field(t, t::getValue, v -> t.setValue(v.toString()));
            }
            case "number" -> f.decimalDigits() != null && f.decimalDigits() == 0 ? wholeNumber(f, label, required) : decimalNumber(f, label, required);
            case "checkbox" -> {
                Checkbox c = new Checkbox(label);
                c.setId("field-" + f.key());
                yield new Field(c, c::getValue, v -> c.setValue(Boolean.parseBoolean(v.toString())));
            }
            case "radio" -> {
                RadioButtonGroup<Option> r = new RadioButtonGroup<>(label);
                r.setItems(f.values());
                r.setItemLabelGenerator(Option::label);
                r.setRequiredIndicatorVisible(required);
                r.setId("field-" + f.key());
                yield new Field(r, () -> r.getValue() == null ? null : r.getValue().value(), v -> r.setValue(option(f.values(), v)));
            }
            case "select" -> f.valuesKey() != null ? lookup(f, label, required) : select(f, label, required);
            case "taglist" -> tags(f, label, required);
            case "datetime" -> {
                DatePicker d = DatePickers.localized(new DatePicker(f.label() != null ? f.label() : f.property("dateLabel")));
                d.setRequiredIndicatorVisible(required);
                if ("today".equals(f.property("notBefore"))) d.setMin(today);
                d.setId("field-" + f.key());
                yield new Field(d, d::getValue, v -> d.setValue(v instanceof LocalDate date ? date : LocalDate.parse(v.toString())));
            }
            case "filepicker" -> upload(f, label);
            case "text" -> new Field(new Paragraph(f.text() == null ? "" : f.text().replaceAll("[#*_`]", "").trim()), () -> null, null);
            default -> null;
        };
    }

    private Field wholeNumber(FormField f, String label, boolean required) {
        IntegerField n = new IntegerField(label);
        n.setRequiredIndicatorVisible(required);
        if (f.min() != null) n.setMin(f.min().intValue());
        if (f.max() != null) n.setMax(f.max().intValue());
        n.setStepButtonsVisible(true);
        n.setId("field-" + f.key());
        return new Field(n, n::getValue, v -> n.setValue(v instanceof Number x ? x.intValue() : Integer.parseInt(v.toString())));
    }

    private Field decimalNumber(FormField f, String label, boolean required) {
        NumberField n = new NumberField(label);
        n.setRequiredIndicatorVisible(required);
        if (f.min() != null) n.setMin(f.min().doubleValue());
        if (f.max() != null) n.setMax(f.max().doubleValue());
        n.setId("field-" + f.key());
        return new Field(n, () -> toNumber(n.getValue()),
                v -> n.setValue(v instanceof Number x ? x.doubleValue() : Double.parseDouble(v.toString())));
    }

    private Field select(FormField f, String label, boolean required) {
        Select<Option> s = new Select<>();
        s.setLabel(label);
        s.setItems(f.values());
        s.setItemLabelGenerator(Option::label);
        s.setRequiredIndicatorVisible(required);
        s.setId("field-" + f.key());
        return new Field(s, () -> s.getValue() == null ? null : s.getValue().value(), v -> s.setValue(option(f.values(), v)));
    }

    /** A searchable lookup (organisations, members …) loaded page by page from an {@link OptionsProvider}. */
    private Field lookup(FormField f, String label, boolean required) {
        OptionsProvider provider = providers.stream().filter(p -> p.provides(f.valuesKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no options for " + f.valuesKey()));
        ComboBox<Option> box = new ComboBox<>(label);
        box.setItemsWithFilterConverter(
                query -> provider.options(f.valuesKey(), user, query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                text -> text);
        box.setItemLabelGenerator(Option::label);
        box.setRequiredIndicatorVisible(required);
        box.setWidthFull();
        box.setId("field-" + f.key());
        return new Field(box, () -> box.getValue() == null ? null : box.getValue().value(), v -> {
            String shown = provider.label(f.valuesKey(), v.toString());
            if (shown != null) box.setValue(new Option(shown, v.toString()));
        });
    }

    /**
     * A Camunda Forms "taglist": several choices from a searchable list (a team from the committee's people when
     * {@code valuesKey} names an {@link OptionsProvider}); the value is the list of the chosen options' values.
     */
    private Field tags(FormField f, String label, boolean required) {
        MultiSelectComboBox<Option> box = new MultiSelectComboBox<>(label);
        OptionsProvider provider = f.valuesKey() == null ? null : providers.stream().filter(p -> p.provides(f.valuesKey()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no options for " + f.valuesKey()));
        if (provider == null) {
            box.setItems(f.values());
        } else {
            box.setItems(query -> provider.options(f.valuesKey(), user, query.getFilter().orElse(""), query.getOffset(),
                    query.getLimit()).stream());
        }
        box.setItemLabelGenerator(Option::label);
        box.setRequiredIndicatorVisible(required);
        box.setWidthFull();
        box.setId("field-" + f.key());
        if (f.description() != null) box.setHelperText(f.description());
        return new Field(box, () -> box.getValue().stream().map(Option::value).toList(), v -> {
            Collection<?> chosen = v instanceof Collection<?> c ? c : List.of(v.toString().split(","));
            box.setValue(chosen.stream().map(Object::toString).map(String::trim).filter(x -> !x.isEmpty())
                    .map(x -> provider == null ? option(f.values(), x) : new Option(provider.label(f.valuesKey(), x), x)).toList());
        });
    }

    @SuppressWarnings("deprecation")
    private Field upload(FormField f, String label) {
        var buffer = new MemoryBuffer();
        Upload upload = UploadTexts.apply(new Upload(buffer));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CaseService.MAX_DOCUMENT_BYTES);
        if (f.accept() != null) upload.setAcceptedFileTypes(f.accept().split(","));
        upload.setId("field-" + f.key());
        var holder = new UploadedFile[1];
        upload.addSucceededListener(e -> {
            try {
                holder[0] = new UploadedFile(e.getFileName(), e.getMIMEType(), buffer.getInputStream().readAllBytes());
            } catch (IOException io) {
                holder[0] = null;
            }
        });
        upload.addFileRemovedListener(e -> holder[0] = null);
        var wrapper = new UploadField(label, upload, f.required());
        return new Field(wrapper, () -> holder[0], null);
    }

    /** Each stored value into its field; one that no longer fits (an option withdrawn) leaves the field for the user. */
    static void put(Map<String, Consumer<Object>> writers, Map<?, ?> values) {
        values.forEach((key, value) -> {
            Consumer<Object> writer = writers.get(String.valueOf(key));
            if (writer != null && value != null) {
                try {
                    writer.accept(value);
                } catch (RuntimeException doesNotFit) {
                    // left empty: the user sees the field to fill, nothing else is lost
                }
            }
        });
    }

    /** The option whose stored value is {@code value}; an exception when it is no longer offered. */
    private static Option option(List<Option> options, Object value) {
        return options.stream().filter(o -> o.value().equals(value.toString())).findFirst().orElseThrow();
    }

    static Object toNumber(Double value) {
        if (value == null) return null;
        if (value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE) return value.intValue();
        return BigDecimal.valueOf(value);
    }
}
