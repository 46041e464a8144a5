package vn.ktgs.discipline.ui;

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
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.discipline.DisciplineReviews;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.FormValidationException;
import vn.ktgs.tasklist.form.OptionsProvider;
import vn.ktgs.tasklist.ui.FormRenderer;

/** An inspector opens a discipline review: the process's start form (subject, violations and their dates, proposed form). */
@Route("discipline/new")
@PageTitle("KTGS – Xem xét kỷ luật")
@Menu(order = 1, title = "nav.disciplineOpen")
@RolesAllowed({"INSPECTOR", "TEAM_LEAD"})
public class OpenDisciplineReviewView extends VerticalLayout {

    final FormRenderer.Rendered form;
    final Button submit = new Button();

    OpenDisciplineReviewView(DisciplineReviews reviews, List<OptionsProvider> providers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setMaxWidth("70em");
        form = new FormRenderer(providers, user, BusinessCalendar.localDate(CaseService.now())).render(reviews.openForm());
        submit.setText(getTranslation("discipline.open.submit"));
        submit.setId("submit-discipline");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                CaseFile opened = reviews.open(user, form.values());
                Notification.show(getTranslation("discipline.open.done", opened.getCaseNumber()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("cases/" + opened.getId()));
            } catch (FormValidationException invalid) {
                List<String> other = form.showErrors(invalid.errors(), err -> getTranslation(err.messageKey(), err.args().toArray()));
                Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new H2(getTranslation("discipline.open.title")), form.layout(), submit);
    }
}
