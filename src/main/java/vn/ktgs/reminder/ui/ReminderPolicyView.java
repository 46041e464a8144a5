package vn.ktgs.reminder.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.reminder.Recipients;
import vn.ktgs.reminder.ReminderPolicy;
import vn.ktgs.reminder.ReminderPolicyService;

/** The reminder policy: when, relative to the due date in working days, and to whom. */
@Route("admin/reminders")
@PageTitle("KTGS – Nhắc việc")
@Menu(order = 54, title = "nav.reminders", icon = "vaadin:alarm")
@RolesAllowed("ADMIN")
public class ReminderPolicyView extends VerticalLayout {

    final Grid<ReminderPolicy> grid = new Grid<>();
    final Grid<AuditEntry> history = new Grid<>();
    private final ReminderPolicyService policies;
    private final KtgsUser user;

    ReminderPolicyView(ReminderPolicyService policies, CurrentUser currentUser) {
        this.policies = policies;
        this.user = currentUser.get();
        grid.setId("reminder-policy-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> offsetText(p.getOffsetDays())).setHeader(getTranslation("reminder.when")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("recipients." + p.getRecipients())).setHeader(getTranslation("reminder.to")).setAutoWidth(true);
        grid.addColumn(ReminderPolicy::getLabel).setHeader(getTranslation("notification.kind")).setFlexGrow(2);
        grid.addColumn(p -> p.isActive() ? "✓" : "—").setHeader(getTranslation("reminder.active"));
        grid.addComponentColumn(p -> new Button(getTranslation("deadline.edit"), e -> edit(p)));
        history.setAllRowsVisible(true);
        history.addColumn(a -> Formats.dateTime(a.getAt())).setHeader(getTranslation("case.when")).setAutoWidth(true);
        history.addColumn(AuditEntry::getActor).setHeader(getTranslation("case.who")).setAutoWidth(true);
        history.addColumn(AuditEntry::getDetail).setHeader(getTranslation("case.what")).setFlexGrow(3);
        add(new H2(getTranslation("nav.reminders")), new Paragraph(getTranslation("reminder.note")), grid,
                new H3(getTranslation("calendar.history")), history);
        refresh();
    }

    private String offsetText(int offset) {
        return offset < 0 ? getTranslation("reminder.before", -offset)
                : offset == 0 ? getTranslation("reminder.onDue") : getTranslation("reminder.after", offset);
    }

    private void refresh() {
        grid.setItems(policies.all());
        history.setItems(policies.history());
    }

    private void edit(ReminderPolicy policy) {
        Dialog dialog = new Dialog(policy.getLabel());
        IntegerField offset = new IntegerField(getTranslation("reminder.offset"));
        offset.setValue(policy.getOffsetDays());
        Select<Recipients> to = new Select<>();
        to.setLabel(getTranslation("reminder.to"));
        to.setItems(Recipients.values());
        to.setItemLabelGenerator(r -> getTranslation("recipients." + r));
        to.setValue(policy.getRecipients());
        TextField label = new TextField(getTranslation("notification.kind"));
        label.setValue(policy.getLabel());
        Checkbox active = new Checkbox(getTranslation("reminder.active"), policy.isActive());
        Button save = new Button(getTranslation("deadline.save"), e -> {
            try {
                policies.change(user, policy.getId(), offset.getValue(), to.getValue(), label.getValue(), active.getValue());
            } catch (FormValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    var field = switch (error.field()) {
                        case "recipients" -> (HasValidation) to;
                        case "label" -> label;
                        default -> offset;
                    };
                    field.setErrorMessage(getTranslation(error.messageKey(), error.args().toArray()));
                    field.setInvalid(true);
                }
                return;
            }
            dialog.close();
            refresh();
        });
        dialog.add(new FormLayout(offset, to, label, active));
        dialog.getFooter().add(new Button(getTranslation("deadline.close"), e -> dialog.close()), save);
        dialog.open();
    }
}
