package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import vn.ktgs.denunciation.DenunciationService;
import vn.ktgs.denunciation.DenunciationService.Assessment;
import vn.ktgs.denunciation.Outcome;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.ui.FormRenderers;
import vn.ktgs.tasklist.ui.StartForm;

/**
 * The clerk registers a letter: every letter, resolvable or not. KTGS classifies it and opens its case page, which
 * says what became of it (resolved here, transferred, referred, not resolved and why, a repeat). The clerk sees that
 * outcome first and confirms it; a chair may later correct a letter left unresolved.
 */
@Route("denunciations/new")
@PageTitle("KTGS – Tiếp nhận đơn tố cáo")
@Menu(order = 30, title = "denunciation.nav.register", icon = "vaadin:envelope-open")
@RolesAllowed("CLERK")
public class RegisterDenunciationView extends VerticalLayout {

    RegisterDenunciationView(DenunciationService denunciations, FormRenderers renderers, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        StartForm.build(this, denunciations.registerForm(), renderers, user,
                new StartForm.Texts("denunciation.registerTitle", "denunciation.register", "denunciation.registered", "submit-denunciation"),
                values -> preview(denunciations.preview(user, values)),
                values -> denunciations.register(user, values).caseFile());
    }

    /** What registering will do, before it is done: the outcome and its reasons, a repeat, and who may correct it. */
    private List<String> preview(Assessment a) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("denunciation.preview." + a.outcome().name(),
                a.competentCommittee() != null ? a.competentCommittee() : a.outsideBody() != null ? a.outsideBody() : ""));
        if (a.outcome() == Outcome.NOT_RESOLVED || a.outcome() == Outcome.KEEP_AS_INFORMATION) {
            lines.add(a.reasonText());
        }
        if (a.repeat()) {
            lines.add(getTranslation("denunciation.repeatNotice"));
        }
        lines.add(getTranslation("denunciation.preview.correctable"));
        return lines;
    }
}
