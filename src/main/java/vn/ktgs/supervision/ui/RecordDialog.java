package vn.ktgs.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.ui.FormRenderer;
import vn.ktgs.tasklist.ui.FormRenderers;

/** A form (observation or sign) in a dialog: bad input keeps the dialog open with the values entered. */
class RecordDialog extends Dialog {

    final FormRenderer.Rendered form;
    final Button save = new Button();

    RecordDialog(String title, FormRenderers renderers, KtgsUser user, FormDefinition definition,
                 Consumer<Map<String, Object>> action, Runnable saved) {
        setHeaderTitle(title);
        setWidth("60em");
        form = renderers.render(definition, user);
        save.setText(getTranslation("supervision.save"));
        save.setId("record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                action.accept(form.values());
                Notification.show(getTranslation("supervision.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                saved.run();
            } catch (FormValidationException invalid) {
                List<String> other = form.showErrors(invalid.errors(), err -> getTranslation(err.messageKey(), err.args().toArray()));
                Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        Button cancel = new Button(getTranslation("supervision.cancel"), e -> close());
        add(form.layout());
        getFooter().add(cancel, save);
    }
}
