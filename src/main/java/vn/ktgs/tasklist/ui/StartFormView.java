package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormValidationException;
import vn.ktgs.tasklist.form.OptionsProvider;

/**
 * A page that starts a process from its start form (a proposal, a registered letter): good input opens the case
 * and shows it; refused input stays on the screen with each error beside its field.
 */
public abstract class StartFormView extends VerticalLayout {

    /** The translation keys and the submit button's id of one such page. */
    public record Texts(String title, String submit, String submitId, String done) {
    }

    protected final FormRenderer.Rendered form;
    protected final Button submit = new Button();

    protected StartFormView(Texts texts, FormDefinition definition, List<OptionsProvider> providers, KtgsUser user,
                            BiFunction<KtgsUser, Map<String, Object>, CaseFile> start) {
        setMaxWidth("70em");
        form = new FormRenderer(providers, user, BusinessCalendar.localDate(CaseService.now())).render(definition);
        submit.setText(getTranslation(texts.submit()));
        submit.setId(texts.submitId());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                CaseFile opened = start.apply(user, form.values());
                Notification.show(getTranslation(texts.done(), opened.getCaseNumber()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("cases/" + opened.getId()));
            } catch (FormValidationException invalid) {
                List<String> other = form.showErrors(invalid.errors(), err -> getTranslation(err.messageKey(), err.args().toArray()));
                Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new H2(getTranslation(texts.title())), form.layout(), submit);
    }
}
