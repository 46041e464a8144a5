package vn.ktgs.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.calendar.DeadlineRule;
import vn.ktgs.calendar.DeadlineRuleEditor;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/** The deadline rules in force (procedures.md §2); administrators edit them and recompute open deadlines. */
@Route("admin/deadlines")
@PageTitle("KTGS – Thời hạn")
@Menu(order = 51, title = "nav.deadlines", icon = "vaadin:clock")
@RolesAllowed({"ADMIN", "CHAIR", "DEPUTY_CHAIR"})
public class DeadlineRulesView extends VerticalLayout {

    final Grid<DeadlineRule> grid = new Grid<>();
    final Grid<AuditEntry> history = new Grid<>();
    private final DeadlineService deadlines;
    private final DeadlineRuleEditor editor;

    DeadlineRulesView(DeadlineService deadlines, DeadlineRuleEditor editor, CurrentUser currentUser) {
        this.deadlines = deadlines;
        this.editor = editor;
        KtgsUser user = currentUser.get();
        boolean admin = user.isEngineAdmin();
        setSizeFull();
        grid.setId("deadline-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(DeadlineRule::getProcessKey).setHeader(getTranslation("deadline.process")).setAutoWidth(true);
        grid.addColumn(r -> r.getStepKey() == null ? getTranslation("deadline.wholeProcess") : r.getStepKey())
                .setHeader(getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(r -> r.getOrgLevel() == null ? getTranslation("deadline.anyLevel") : getTranslation("level." + r.getOrgLevel()))
                .setHeader(getTranslation("org.level")).setAutoWidth(true);
        grid.addColumn(r -> r.getAmount() + " " + getTranslation("unit." + r.getUnit())).setHeader(getTranslation("deadline.limit"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("startsFrom." + r.getStartsFrom())).setHeader(getTranslation("deadline.from")).setAutoWidth(true);
        grid.addColumn(DeadlineRule::extensionPolicy).setHeader(getTranslation("deadline.extension")).setAutoWidth(true);
        grid.addColumn(DeadlineRule::getSource).setHeader(getTranslation("deadline.source")).setFlexGrow(2);
        grid.setColumnReorderingAllowed(true);
        if (admin) {
            grid.addComponentColumn(rule -> {
                Button edit = new Button(getTranslation("deadline.edit"), e -> new DeadlineRuleDialog(rule, editor, user, this::refresh).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setFrozenToEnd(true).setAutoWidth(true);
        }
        history.setId("deadline-history");
        history.setAllRowsVisible(true);
        history.addColumn(a -> Formats.dateTime(a.getAt())).setHeader(getTranslation("case.when")).setAutoWidth(true);
        history.addColumn(AuditEntry::getActor).setHeader(getTranslation("case.who")).setAutoWidth(true);
        history.addColumn(AuditEntry::getAction).setAutoWidth(true);
        history.addColumn(AuditEntry::getDetail).setHeader(getTranslation("case.what")).setFlexGrow(3);
        add(new H2(getTranslation("nav.deadlines")), new Paragraph(getTranslation("deadline.note")), grid,
                new H3(getTranslation("calendar.history")), history);
        refresh();
    }

    void refresh() {
        grid.setItems(deadlines.allRules());
        history.setItems(editor.history());
    }
}
