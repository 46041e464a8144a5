package vn.ktgs.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.programme.CoverageQuota;
import vn.ktgs.programme.CoverageQuotaService;

/** Administrators set the yearly coverage quota of each level; every change is audited. */
@Route("programmes/quotas")
@PageTitle("KTGS – Chỉ tiêu kiểm tra, giám sát")
@Menu(order = 22, title = "nav.quotas", icon = "vaadin:bar-chart")
@RolesAllowed("ADMIN")
public class CoverageQuotaView extends VerticalLayout {

    final Grid<CoverageQuota> grid = new Grid<>();
    final IntegerField orgShare = new IntegerField();
    final IntegerField memberShare = new IntegerField();
    final Button save = new Button();
    final Paragraph history = new Paragraph();

    CoverageQuotaView(CoverageQuotaService quotas, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        grid.setId("quota-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(q -> getTranslation("programme.level." + q.getOrgLevel())).setHeader(getTranslation("programme.level"));
        grid.addColumn(q -> q.getOrgSharePct() == null ? "–" : q.getOrgSharePct() + "%").setHeader(getTranslation("programme.quotaOrgs"));
        grid.addColumn(q -> q.getMemberSharePct() == null ? "–" : q.getMemberSharePct() + "%").setHeader(getTranslation("programme.quotaMembers"));
        grid.addColumn(CoverageQuota::getSource).setHeader(getTranslation("programme.quotaSource")).setFlexGrow(3);
        grid.setItems(quotas.all());
        orgShare.setId("quota-orgs");
        orgShare.setLabel(getTranslation("programme.quotaOrgs"));
        orgShare.setSuffixComponent(new Span("%"));
        memberShare.setId("quota-members");
        memberShare.setLabel(getTranslation("programme.quotaMembers"));
        memberShare.setSuffixComponent(new Span("%"));
        save.setText(getTranslation("programme.save"));
        save.setId("quota-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        grid.addSelectionListener(e -> {
            CoverageQuota q = e.getFirstSelectedItem().orElse(null);
            save.setEnabled(q != null);
            orgShare.setValue(q == null ? null : q.getOrgSharePct());
            memberShare.setValue(q == null ? null : q.getMemberSharePct());
        });
        history.setId("quota-history");
        Runnable showHistory = () -> history.setText(quotas.history().stream().limit(5)
                .map(a -> Formats.dateTime(a.getAt()) + " " + a.getActor() + ": " + a.getDetail())
                .reduce((a, b) -> a + " · " + b).orElse(""));
        save.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(q -> {
            try {
                quotas.change(user, q.getId(), orgShare.getValue(), memberShare.getValue());
            } catch (FormValidationException invalid) {
                FieldErrors.show(this, invalid, Map.<String, HasValidation>of("orgSharePct", orgShare, "memberSharePct", memberShare));
                return;
            }
            grid.setItems(quotas.all());
            showHistory.run();
        }));
        showHistory.run();
        add(new H2(getTranslation("programme.quotasHeading")), new Paragraph(getTranslation("programme.quotasExplain")), grid,
                new HorizontalLayout(orgShare, memberShare, save), history);
    }
}
