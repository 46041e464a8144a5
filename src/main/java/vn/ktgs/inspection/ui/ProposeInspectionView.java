package vn.ktgs.inspection.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.inspection.InspectionService;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.ui.FormRenderers;
import vn.ktgs.tasklist.ui.StartForm;

/** An inspector proposes an inspection on signs of violation: the process's start form. */
@Route("inspection/new")
@PageTitle("KTGS – Đề xuất kiểm tra")
@Menu(order = 2, title = "nav.propose", icon = "vaadin:search-plus")
@RolesAllowed({"INSPECTOR", "TEAM_LEAD"})
public class ProposeInspectionView extends VerticalLayout {

    ProposeInspectionView(InspectionService inspections, FormRenderers renderers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        StartForm.build(this, inspections.proposalForm(), renderers, user,
                new StartForm.Texts("propose.title", "propose.submit", "propose.done", "submit-proposal"),
                values -> inspections.propose(user, values));
    }
}
