package vn.ktgs.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.reminder.Notification;
import vn.ktgs.reminder.NotificationService;

/** The user's reminders in the app: the same ones the mails (or the morning digest) carry. */
@Route("notifications")
@PageTitle("KTGS – Thông báo")
@Menu(order = 1, title = "nav.notifications", icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends VerticalLayout {

    final Grid<Notification> grid = new Grid<>();

    NotificationsView(NotificationService notifications, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setSizeFull();
        grid.setId("notification-grid");
        grid.addColumn(n -> Formats.dateTime(n.getCreatedAt())).setHeader(getTranslation("case.when")).setAutoWidth(true);
        grid.addColumn(Notification::getLabel).setHeader(getTranslation("notification.kind")).setAutoWidth(true);
        grid.addColumn(Notification::getCaseNumber).setHeader(getTranslation("inbox.case")).setAutoWidth(true);
        grid.addColumn(Notification::getStepName).setHeader(getTranslation("inbox.step")).setFlexGrow(2);
        grid.addColumn(n -> Formats.dateTime(n.getDueAt())).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        grid.addComponentColumn(n -> {
            Button open = new Button(getTranslation("inbox.open"), e -> {
                if (n.getReadAt() == null) {
                    notifications.markRead(user, n.getId());
                }
                getUI().ifPresent(ui -> ui.navigate("task/" + n.getTaskId()));
            });
            if (n.getReadAt() == null) {
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            return open;
        });
        grid.setItems(notifications.mine(user, 200));
        add(new H2(getTranslation("nav.notifications") + " (" + notifications.unread(user) + " " + getTranslation("notification.unread") + ")"), grid);
    }
}
