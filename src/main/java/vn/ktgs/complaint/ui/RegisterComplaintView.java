package vn.ktgs.complaint.ui;

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
import vn.ktgs.complaint.ComplaintService;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.FormValidationException;
import vn.ktgs.tasklist.form.OptionsProvider;
import vn.ktgs.tasklist.ui.FormRenderer;

/**
 * A clerk or an inspector registers a disciplinary complaint (the process's start form). Refused input keeps what
 * was typed on the screen, with the reason beside the field.
 */
@Route("complaints/new")
@PageTitle("KTGS – Tiếp nhận đơn khiếu nại kỷ luật")
@Menu(order = 1.5, title = "complaint.nav")
@RolesAllowed({"CLERK", "INSPECTOR", "TEAM_LEAD"})
public class RegisterComplaintView extends VerticalLayout {

    final FormRenderer.Rendered form;
    final Button submit = new Button();

    RegisterComplaintView(ComplaintService complaints, List<OptionsProvider> providers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setMaxWidth("70em");
        form = new FormRenderer(providers, user, BusinessCalendar.localDate(CaseService.now())).render(complaints.intakeForm());
        submit.setText(getTranslation("complaint.submit"));
        submit.setId("submit-complaint");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                CaseFile opened = complaints.register(user, form.values());
                Notification.show(getTranslation("complaint.registered", opened.getCaseNumber()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("cases/" + opened.getId()));
            } catch (FormValidationException invalid) {
                List<String> other = form.showErrors(invalid.errors(), err -> getTranslation(err.messageKey(), err.args().toArray()));
                Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new H2(getTranslation("complaint.title")), form.layout(), submit);
    }
}
