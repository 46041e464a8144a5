package vn.ktgs.calendar.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.calendar.DeadlineRule;
import vn.ktgs.calendar.DeadlineService;

/** The deadline rules in force (procedures.md §2), read-only until the rule editor arrives. */
@Route("admin/deadlines")
@PageTitle("KTGS – Thời hạn")
@Menu(order = 8, title = "nav.deadlines")
@RolesAllowed({"ADMIN", "CHAIR", "DEPUTY_CHAIR"})
public class DeadlineRulesView extends VerticalLayout {

    final Grid<DeadlineRule> grid = new Grid<>();

    DeadlineRulesView(DeadlineService deadlines) {
        setSizeFull();
        grid.setId("deadline-grid");
        grid.addColumn(DeadlineRule::getProcessKey).setHeader(getTranslation("deadline.process")).setAutoWidth(true);
        grid.addColumn(r -> r.getStepKey() == null ? getTranslation("deadline.wholeProcess") : r.getStepKey())
                .setHeader(getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(r -> r.getOrgLevel() == null ? getTranslation("deadline.anyLevel") : getTranslation("level." + r.getOrgLevel()))
                .setHeader(getTranslation("org.level")).setAutoWidth(true);
        grid.addColumn(r -> r.getAmount() + " " + getTranslation("unit." + r.getUnit())).setHeader(getTranslation("deadline.limit"));
        grid.addColumn(r -> getTranslation("startsFrom." + r.getStartsFrom())).setHeader(getTranslation("deadline.from"));
        grid.addColumn(DeadlineRule::getSource).setHeader(getTranslation("deadline.source")).setFlexGrow(2);
        grid.setItems(deadlines.allRules());
        add(new H2(getTranslation("nav.deadlines")), new Paragraph(getTranslation("deadline.note")), grid);
    }
}
