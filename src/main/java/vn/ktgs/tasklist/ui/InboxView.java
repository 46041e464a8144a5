package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxItem;
import vn.ktgs.tasklist.InboxService;

/** The user's work: tasks assigned to them and to their groups, by due date, overdue ones marked. */
@Route("inbox")
@RouteAlias("")
@PageTitle("KTGS – Hộp công việc")
@Menu(order = 0, title = "nav.inbox")
@PermitAll
public class InboxView extends VerticalLayout {

    final Grid<InboxItem> grid = new Grid<>();

    InboxView(InboxService inbox, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setSizeFull();
        H2 title = new H2(getTranslation("inbox.title"));
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InboxItem::caseNumber).setHeader(getTranslation("inbox.case")).setAutoWidth(true);
        grid.addColumn(InboxItem::subjectName).setHeader(getTranslation("inbox.subject")).setFlexGrow(2);
        grid.addColumn(InboxItem::taskName).setHeader(getTranslation("inbox.step")).setFlexGrow(2);
        grid.addComponentColumn(this::dueBadge).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        grid.addColumn(i -> i.assignee() == null ? getTranslation("inbox.unclaimed") : i.assignee())
                .setHeader(getTranslation("inbox.assignee")).setAutoWidth(true);
        grid.addComponentColumn(i -> new Button(getTranslation("inbox.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, i.taskId())))).setAutoWidth(true);
        grid.setItems(q -> inbox.inbox(user, q.getOffset(), q.getLimit()).stream(), q -> (int) inbox.count(user));
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, e.getItem().taskId())));
        add(title, grid);
    }

    private Span dueBadge(InboxItem item) {
        Span due = new Span(Formats.dateTime(item.dueAt()) + timeLeft(item));
        if (item.overdue()) {
            due.getElement().getThemeList().add("badge error");
        }
        if (item.dueRule() != null) {
            due.setTitle(getTranslation("inbox.rule", item.dueRule()));
        }
        return due;
    }

    private String timeLeft(InboxItem item) {
        if (item.workingDaysLeft() == null) {
            return "";
        }
        if (item.overdue()) {
            return " · " + getTranslation("inbox.overdueDays", Math.max(1, -item.workingDaysLeft()));
        }
        return " · " + getTranslation("inbox.daysLeft", item.workingDaysLeft());
    }
}
