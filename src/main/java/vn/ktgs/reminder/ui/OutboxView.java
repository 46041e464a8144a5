package vn.ktgs.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.kernel.Formats;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.MailStatus;
import vn.ktgs.reminder.OutboxMail;

/** Administrators see every mail, its state and last error, and can send a failed one again. */
@Route("admin/outbox")
@PageTitle("KTGS – Hộp thư đi")
@Menu(order = 55, title = "nav.outbox", icon = "vaadin:outbox")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout {

    final Grid<OutboxMail> grid = new Grid<>();

    OutboxView(MailOutbox outbox) {
        setSizeFull();
        grid.setId("outbox-grid");
        grid.addColumn(m -> Formats.dateTime(m.getCreatedAt())).setHeader(getTranslation("outbox.created")).setAutoWidth(true);
        grid.addColumn(m -> m.isProtected() ? "***" : m.getRecipient()).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMail::getSubject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("mail.status." + m.getStatus())).setHeader(getTranslation("cases.status"));
        grid.addColumn(OutboxMail::getAttempts).setHeader(getTranslation("outbox.attempts"));
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("outbox.error")).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            Button retry = new Button(getTranslation("outbox.retry"), e -> {
                outbox.retry(m.getId());
                grid.getDataProvider().refreshAll();
            });
            retry.setVisible(m.getStatus() == MailStatus.FAILED);
            return retry;
        });
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new Pre(m.isProtected() ? "***" : m.getBody())));
        grid.setItems(q -> outbox.newest(q.getOffset(), q.getLimit()).stream(), q -> (int) outbox.count());
        add(new H2(getTranslation("outbox.heading")), grid);
    }
}
