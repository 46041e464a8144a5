package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.denunciation.DenunciationService;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.ui.FormRenderers;
import vn.ktgs.tasklist.ui.StartForm;

/**
 * The clerk registers a letter: every letter, resolvable or not. KTGS classifies it and opens its case page, which
 * says what became of it (resolved here, transferred, referred, not resolved and why, a repeat).
 */
@Route("denunciations/new")
@PageTitle("KTGS – Tiếp nhận đơn tố cáo")
@Menu(order = 20, title = "denunciation.nav.register")
@RolesAllowed("CLERK")
public class RegisterDenunciationView extends VerticalLayout {

    RegisterDenunciationView(DenunciationService denunciations, FormRenderers renderers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        StartForm.build(this, denunciations.registerForm(), renderers, user,
                new StartForm.Texts("denunciation.registerTitle", "denunciation.register", "denunciation.registered", "submit-denunciation"),
                values -> denunciations.register(user, values).caseFile());
    }
}
