package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.ktgs.base.security.CurrentUser;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.denunciation.DenunciationService;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.FormValidationException;
import vn.ktgs.tasklist.form.OptionsProvider;
import vn.ktgs.tasklist.ui.FormRenderer;

/** The clerk registers a letter: every letter, resolvable or not; KTGS classifies it and says what became of it. */
@Route("denunciations/new")
@PageTitle("KTGS – Tiếp nhận đơn tố cáo")
@Menu(order = 20, title = "denunciation.nav.register")
@RolesAllowed("CLERK")
public class RegisterDenunciationView extends VerticalLayout {

    final FormRenderer.Rendered form;
    final Button submit = new Button();

    RegisterDenunciationView(DenunciationService denunciations, List<OptionsProvider> providers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setMaxWidth("70em");
        form = new FormRenderer(providers, user, BusinessCalendar.localDate(CaseService.now())).render(denunciations.registerForm());
        submit.setText(getTranslation("denunciation.register"));
        submit.setId("submit-denunciation");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                DenunciationService.Registered r = denunciations.register(user, form.values());
                String what = getTranslation("denunciation.outcome." + r.letter().getOutcome().name());
                Notification.show(getTranslation("denunciation.registered", r.caseFile().getCaseNumber(), what)
                                + (r.letter().getRepeatOfId() != null ? " " + getTranslation("denunciation.repeatNotice") : ""),
                        8000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("cases/" + r.caseFile().getId()));
            } catch (FormValidationException invalid) {
                List<String> other = form.showErrors(invalid.errors(), err -> getTranslation(err.messageKey(), err.args().toArray()));
                Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new H2(getTranslation("denunciation.registerTitle")), form.layout(), submit);
    }
}
