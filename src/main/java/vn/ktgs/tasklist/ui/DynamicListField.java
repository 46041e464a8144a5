package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.*;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.ktgs.tasklist.form.FormField;

/** A Camunda Forms "dynamiclist": rows of the same child fields, added and removed by the user. */
class DynamicListField extends VerticalLayout {

    private final FormField field;
    private final FormRenderer renderer;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> rowList = new ArrayList<>();
    private Runnable changed = () -> { };

    private record Row(FormLayout layout, Map<String, Supplier<Object>> readers, Map<String, HasValidation> fields,
                       Map<String, Consumer<Object>> writers) {
    }

    DynamicListField(FormField field, FormRenderer renderer) {
        this.field = field;
        this.renderer = renderer;
        setPadding(false);
        setId("field-" + field.key());
        rows.setPadding(false);
        Button add = new Button(getTranslation("form.list.add"), VaadinIcon.PLUS.create(), e -> {
            addRow();
            changed.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("add-" + field.key());
        add(new H4(field.label() == null ? "" : field.label()), rows, add);
        for (int i = 0; i < initialRows(field); i++) {
            addRow();
        }
    }

    /** form-js's defaultRepetitions (an optional list such as findings starts empty with 0); one row otherwise. */
    private static int initialRows(FormField field) {
        String repetitions = field.property("defaultRepetitions");
        return repetitions == null || !repetitions.matches("\\d{1,2}") ? 1 : Integer.parseInt(repetitions);
    }

    private Row addRow() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
        Map<String, HasValidation> fields = new HashMap<>();
        Map<String, Consumer<Object>> writers = new HashMap<>();
        for (FormField child : field.components()) {
            FormRenderer.Field built = renderer.build(child);
            if (built == null) continue;
            built.component().setId("field-" + field.key() + "-" + rowList.size() + "-" + child.key());
            readers.put(child.key(), built.reader());
            if (built.writer() != null) writers.put(child.key(), built.writer());
            if (built.component() instanceof HasValidation v) fields.put(child.key(), v);
            if (built.component() instanceof HasValue<?, ?> v) {
                v.addValueChangeListener(e -> {
                    if (e.isFromClient()) changed.run();
                });
            }
            layout.add(built.component());
        }
        Row row = new Row(layout, readers, fields, writers);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rowList.remove(row);
            rows.remove(layout);
            changed.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("form.list.remove"));
        layout.add(remove);
        rowList.add(row);
        rows.add(layout);
        return row;
    }

    void onChange(Runnable listener) {
        Runnable before = changed;
        changed = () -> {
            before.run();
            listener.run();
        };
    }

    /** Stored rows (a list of maps, as {@link #value} reads them) replace the rows shown. */
    void fill(Object stored) {
        if (!(stored instanceof List<?> items)) {
            return;
        }
        rowList.clear();
        rows.removeAll();
        for (Object item : items) {
            Row row = addRow();
            if (item instanceof Map<?, ?> values) {
                FormRenderer.put(row.writers(), values);
            }
        }
    }

    List<Map<String, Object>> value() {
        List<Map<String, Object>> value = new ArrayList<>();
        for (Row row : rowList) {
            Map<String, Object> item = new LinkedHashMap<>();
            row.readers().forEach((k, r) -> item.put(k, r.get()));
            value.add(item);
        }
        return value;
    }

    /** The child field for an error path such as {@code requirements[1].dueDate}. */
    HasValidation fieldFor(String path) {
        String prefix = field.key() + "[";
        if (!path.startsWith(prefix)) {
            return null;
        }
        int close = path.indexOf(']');
        int index = Integer.parseInt(path.substring(prefix.length(), close));
        String child = path.substring(close + 2);
        return index < rowList.size() ? rowList.get(index).fields().get(child) : null;
    }

    void clearErrors() {
        rowList.forEach(r -> r.fields().values().forEach(f -> f.setInvalid(false)));
    }
}
