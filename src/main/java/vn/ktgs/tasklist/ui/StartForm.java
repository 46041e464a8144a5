package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.FormDefinition;

/**
 * A process's start form on a page of its own: the rendered form and its button. A started case is announced and
 * opened; bad input is marked on its fields and nothing is saved. Used by the pages that open cases.
 */
public final class StartForm {

    /** The page's words: heading, button, the notification ({@code {0}} = case number), and the button's id. */
    public record Texts(String titleKey, String submitKey, String doneKey, String submitId) {
    }

    private StartForm() {
    }

    public static void build(VerticalLayout page, FormDefinition definition, FormRenderers renderers, KtgsUser user,
                             Texts texts, Function<Map<String, Object>, CaseFile> start) {
        build(page, definition, renderers, user, texts, null, start);
    }

    /**
     * The same, with a confirmation first: {@code preview} checks the values (throwing as {@code start} would) and
     * returns the lines that say what starting will do; the user confirms them or goes back to the form.
     */
    public static void build(VerticalLayout page, FormDefinition definition, FormRenderers renderers, KtgsUser user,
                             Texts texts, Function<Map<String, Object>, List<String>> preview,
                             Function<Map<String, Object>, CaseFile> start) {
        page.setMaxWidth("70em");
        FormRenderer.Rendered form = renderers.render(definition, user);
        Button submit = new Button(page.getTranslation(texts.submitKey()));
        submit.setId(texts.submitId());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            Map<String, Object> values = form.values();
            if (preview == null) {
                start(page, form, texts, start, values);
                return;
            }
            try {
                confirm(page, texts, preview.apply(values), () -> start(page, form, texts, start, values));
            } catch (FormValidationException invalid) {
                showInvalid(page, form, invalid);
            }
        });
        page.add(new H2(page.getTranslation(texts.titleKey())), form.layout(), submit);
    }

    private static void start(VerticalLayout page, FormRenderer.Rendered form, Texts texts,
                              Function<Map<String, Object>, CaseFile> start, Map<String, Object> values) {
        try {
            CaseFile opened = start.apply(values);
            Notification.show(page.getTranslation(texts.doneKey(), opened.getCaseNumber()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            page.getUI().ifPresent(ui -> ui.navigate("cases/" + opened.getId()));
        } catch (FormValidationException invalid) {
            showInvalid(page, form, invalid);
        }
    }

    private static void showInvalid(VerticalLayout page, FormRenderer.Rendered form, FormValidationException invalid) {
        List<String> other = form.showErrors(invalid.errors(), err -> page.getTranslation(err.messageKey(), err.args().toArray()));
        Notification.show(page.getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The same dialog, with the same ids, as before a task page's step that cannot be undone. */
    private static void confirm(VerticalLayout page, Texts texts, List<String> lines, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(page.getTranslation("start.confirm.header"));
        Div preview = new Div();
        preview.setId("confirm-preview");
        lines.forEach(line -> {
            Paragraph text = new Paragraph(line);
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            preview.add(text);
        });
        dialog.add(preview);
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("task.confirm.back"));
        Button confirmButton = new Button(page.getTranslation(texts.submitKey()));
        confirmButton.setId("confirm-complete");
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirmButton);
        dialog.addConfirmListener(e -> confirmed.run());
        dialog.open();
    }
}
