package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.denunciation.DenouncerIdentity;
import vn.ktgs.denunciation.Denunciation;
import vn.ktgs.denunciation.DenunciationService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/**
 * The committee's letters: those about congress personnel first. The denouncer column is always masked here,
 * whoever looks (the identity is opened only on the case page, one letter at a time, audited).
 */
@Route("denunciations")
@PageTitle("KTGS – Đơn tố cáo")
@Menu(order = 31, title = "denunciation.nav.list", icon = "vaadin:envelopes")
@RolesAllowed({"CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class DenunciationListView extends VerticalLayout {

    final Grid<Denunciation> grid = new Grid<>();

    DenunciationListView(DenunciationService denunciations, CaseService cases, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        List<Denunciation> letters = denunciations.visibleTo(user);
        Map<Long, String> numbers = cases.caseNumbers(letters.stream().map(Denunciation::getCaseId).filter(Objects::nonNull).toList());
        grid.setId("denunciations");
        grid.addColumn(d -> d.getCongressListId() != null ? getTranslation("denunciation.congressShort") : "").setHeader(getTranslation("denunciation.congress")).setAutoWidth(true);
        grid.addColumn(d -> numbers.getOrDefault(d.getCaseId(), "")).setHeader(getTranslation("denunciation.caseNumber")).setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.getReceivedOn())).setHeader(getTranslation("denunciation.received")).setAutoWidth(true);
        grid.addColumn(Denunciation::getAccusedName).setHeader(getTranslation("denunciation.accused")).setFlexGrow(2);
        grid.addColumn(d -> DenouncerIdentity.MASK).setHeader(getTranslation("denunciation.identity")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation("denunciation.outcome." + d.getOutcome().name())
                + (d.getRepeatOfId() != null ? " · " + getTranslation("denunciation.repeatShort") : "")).setHeader(getTranslation("denunciation.classification")).setFlexGrow(2);
        grid.addColumn(d -> d.getDueAt() == null ? "" : Formats.date(d.getDueAt())).setHeader(getTranslation("denunciation.due")).setAutoWidth(true);
        grid.setItems(letters);
        grid.addItemClickListener(e -> {
            if (e.getItem().getCaseId() != null) {
                getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().getCaseId()));
            }
        });
        add(new H2(getTranslation("denunciation.listTitle")), new Paragraph(getTranslation("denunciation.listHint")), grid);
    }
}
