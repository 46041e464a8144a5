package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.TaskAssignments;

/**
 * Gives one task (from its page) or several (the inbox's selection) to someone else, with a reason. The people offered
 * are those who take at least one of the steps; a task the person does not take is reported, the others are given.
 */
final class ReassignDialog extends Dialog {

    ReassignDialog(TaskAssignments assignments, KtgsUser user, List<String> taskIds, Runnable done) {
        setId("reassign-dialog");
        setHeaderTitle(getTranslation("reassign.title"));
        Map<String, Option> people = new LinkedHashMap<>();
        taskIds.forEach(id -> assignments.candidates(user, id).forEach(o -> people.putIfAbsent(o.value(), o)));
        ComboBox<Option> to = new ComboBox<>(getTranslation("reassign.assignee"));
        to.setId("reassign-assignee");
        to.setItems(people.values());
        to.setItemLabelGenerator(Option::label);
        to.setWidthFull();
        TextArea reason = new TextArea(getTranslation("reassign.reason"));
        reason.setId("reassign-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button give = new Button(getTranslation("reassign.confirm"));
        give.setId("reassign-confirm");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> {
            String username = to.getValue() == null ? null : to.getValue().value();
            List<String> refused = new ArrayList<>();
            int given = 0;
            for (String taskId : taskIds) {
                try {
                    assignments.reassign(user, taskId, username, reason.getValue());
                    given++;
                } catch (FormValidationException invalid) {
                    if (taskIds.size() == 1 || invalid.errors().stream().anyMatch(err -> !"assignee".equals(err.field()) || username == null)) {
                        mark(invalid.errors(), to, reason);
                        return;
                    }
                    refused.add(invalid.errors().stream().map(err -> getTranslation(err.messageKey(), err.args().toArray()))
                            .distinct().collect(Collectors.joining("; ")));
                } catch (AccessDeniedException | NoSuchElementException notYours) {
                    refused.add(getTranslation("reassign.notAllowed"));
                }
            }
            close();
            String name = to.getValue().label();
            Notification.show(refused.isEmpty() ? getTranslation("reassign.done", name)
                            : getTranslation("reassign.doneSome", given, refused.size(), String.join(" · ", refused.stream().distinct().toList())),
                    6000, Notification.Position.BOTTOM_START).addThemeVariants(refused.isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            done.run();
        });
        add(to, reason);
        getFooter().add(new Button(getTranslation("task.confirm.back"), e -> close()), give);
        setWidth("min(34em, 95vw)");
    }

    private void mark(List<FieldError> errors, ComboBox<Option> to, TextArea reason) {
        to.setInvalid(false);
        reason.setInvalid(false);
        for (FieldError error : errors) {
            String message = getTranslation(error.messageKey(), error.args().toArray());
            if ("assignee".equals(error.field())) {
                to.setErrorMessage(message);
                to.setInvalid(true);
            } else {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            }
        }
    }
}
