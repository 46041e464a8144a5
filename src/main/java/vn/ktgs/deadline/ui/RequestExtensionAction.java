package vn.ktgs.deadline.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.DeadlineRule;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskPageAction;

/** The team lead's "ask for more time" on a task whose deadline rule allows an extension. */
@Component
class RequestExtensionAction implements TaskPageAction {

    private final ExtensionService extensions;

    RequestExtensionAction(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Override
    public Optional<Button> button(InboxTask task, KtgsUser user) {
        if (!user.hasRole(Role.TEAM_LEAD)) {
            return Optional.empty();
        }
        return extensions.extensible(task.getTaskId()).map(rule -> {
            Button ask = new Button(UI.getCurrent().getTranslation("extension.ask"));
            ask.setId("request-extension");
            ask.addClickListener(e -> dialog(task.getTaskId(), rule, user).open());
            return ask;
        });
    }

    /** The amount within the rule's extension policy and the reason; the standing members decide. */
    private Dialog dialog(String taskId, DeadlineRule rule, KtgsUser user) {
        Dialog dialog = new Dialog(UI.getCurrent().getTranslation("extension.ask"));
        IntegerField amount = new IntegerField(dialog.getTranslation("extension.amount", ExtensionService.maxAmount(rule)));
        amount.setId("extension-amount");
        TextArea reason = new TextArea(dialog.getTranslation("extension.reason"));
        reason.setId("extension-reason");
        reason.setWidthFull();
        Button send = new Button(dialog.getTranslation("extension.send"), e -> {
            try {
                extensions.request(user, taskId, amount.getValue(), reason.getValue());
            } catch (FormValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    HasValidation field = "reason".equals(error.field()) ? reason : amount;
                    field.setErrorMessage(dialog.getTranslation(error.messageKey(), error.args().toArray()));
                    field.setInvalid(true);
                }
                return;
            }
            dialog.close();
            Notification.show(dialog.getTranslation("extension.sent"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().refreshCurrentRoute(false);
        });
        send.setId("extension-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(amount, reason));
        dialog.getFooter().add(send);
        return dialog;
    }
}
