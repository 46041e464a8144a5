package vn.ktgs.complaint.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.complaint.ComplaintService;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.ui.FormRenderers;
import vn.ktgs.tasklist.ui.StartForm;

/**
 * A clerk or an inspector registers a disciplinary complaint (the process's start form). Refused input keeps what
 * was typed on the screen, with the reason beside the field.
 */
@Route("complaints/new")
@PageTitle("KTGS – Tiếp nhận đơn khiếu nại kỷ luật")
@Menu(order = 32, title = "complaint.nav", icon = "vaadin:file-text")
@RolesAllowed({"CLERK", "INSPECTOR", "TEAM_LEAD"})
public class RegisterComplaintView extends VerticalLayout {

    RegisterComplaintView(ComplaintService complaints, FormRenderers renderers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        StartForm.build(this, complaints.intakeForm(), renderers, user,
                new StartForm.Texts("complaint.title", "complaint.submit", "complaint.registered", "submit-complaint"),
                values -> complaints.register(user, values));
    }
}
