package vn.ktgs.discipline.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.discipline.DisciplineReviews;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.ui.FormRenderers;
import vn.ktgs.tasklist.ui.StartForm;

/** An inspector opens a discipline review: the process's start form (subject, violations and their dates, proposed form). */
@Route("discipline/new")
@PageTitle("KTGS – Xem xét kỷ luật")
@Menu(order = 3, title = "nav.disciplineOpen", icon = "vaadin:gavel")
@RolesAllowed({"INSPECTOR", "TEAM_LEAD"})
public class OpenDisciplineReviewView extends VerticalLayout {

    OpenDisciplineReviewView(DisciplineReviews reviews, FormRenderers renderers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        StartForm.build(this, reviews.openForm(), renderers, user,
                new StartForm.Texts("discipline.open.title", "discipline.open.submit", "discipline.open.done", "submit-discipline"),
                values -> reviews.open(user, values));
    }
}
