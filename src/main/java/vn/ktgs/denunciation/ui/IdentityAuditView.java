package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.denunciation.DenunciationService;
import vn.ktgs.denunciation.IdentityRead;
import vn.ktgs.denunciation.IdentityVault;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/** The chair reviews every read of the denouncers' identities held by their committee: who, when, which letter, why. */
@Route("denunciations/identity-reads")
@PageTitle("KTGS – Nhật ký truy cập danh tính người tố cáo")
@Menu(order = 33, title = "denunciation.nav.audit", icon = "vaadin:user-check")
@RolesAllowed("CHAIR")
public class IdentityAuditView extends VerticalLayout {

    final Grid<IdentityRead> grid = new Grid<>();

    IdentityAuditView(IdentityVault vault, DenunciationService denunciations, CaseService cases, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        List<IdentityRead> reads = vault.readsFor(user);
        Map<Long, String> numbers = cases.caseNumbers(reads.stream().map(r -> denunciations.get(r.getDenunciationId()).getCaseId())
                .filter(Objects::nonNull).distinct().toList());
        grid.setId("identity-reads");
        grid.addColumn(r -> Formats.dateTime(r.getReadAt())).setHeader(getTranslation("denunciation.readAt")).setAutoWidth(true);
        grid.addColumn(IdentityRead::getReadBy).setHeader(getTranslation("denunciation.readBy")).setAutoWidth(true);
        grid.addColumn(r -> numbers.getOrDefault(denunciations.get(r.getDenunciationId()).getCaseId(), "#" + r.getDenunciationId()))
                .setHeader(getTranslation("denunciation.caseNumber")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("denunciation.purpose." + r.getPurpose().name())).setHeader(getTranslation("denunciation.purpose")).setAutoWidth(true);
        grid.addColumn(IdentityRead::getWhat).setHeader(getTranslation("denunciation.readWhat")).setFlexGrow(2);
        grid.setItems(reads);
        add(new H2(getTranslation("denunciation.auditTitle")), grid);
    }
}
