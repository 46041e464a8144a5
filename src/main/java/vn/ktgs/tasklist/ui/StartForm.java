package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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
        page.setMaxWidth("70em");
        FormRenderer.Rendered form = renderers.render(definition, user);
        Button submit = new Button(page.getTranslation(texts.submitKey()));
        submit.setId(texts.submitId());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                CaseFile opened = start.apply(form.values());
                Notification.show(page.getTranslation(texts.doneKey(), opened.getCaseNumber()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                page.getUI().ifPresent(ui -> ui.navigate("cases/" + opened.getId()));
            } catch (FormValidationException invalid) {
                List<String> other = form.showErrors(invalid.errors(), err -> page.getTranslation(err.messageKey(), err.args().toArray()));
                Notification.show(page.getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        page.add(new H2(page.getTranslation(texts.titleKey())), form.layout(), submit);
    }
}
