package vn.ktgs.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.MailMode;
import vn.ktgs.organization.UserDirectory;

/** Each user chooses immediate reminder mails or one morning digest, and the language of mails. */
@Route("preferences")
@PageTitle("KTGS – Cài đặt cá nhân")
@Menu(order = 60, title = "nav.preferences", icon = "vaadin:cog")
@PermitAll
public class PreferencesView extends VerticalLayout {

    final RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>();
    final RadioButtonGroup<String> language = new RadioButtonGroup<>();

    PreferencesView(UserDirectory users, CurrentUser currentUser) {
        String username = currentUser.get().getUsername();
        AppUser me = users.find(username).orElseThrow();
        mode.setLabel(getTranslation("preferences.mode"));
        mode.setItems(MailMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("preferences.mode." + m));
        mode.setValue(me.getMailMode());
        mode.setId("preference-mode");
        language.setLabel(getTranslation("preferences.language"));
        language.setItems("vi", "en");
        language.setItemLabelGenerator(l -> "vi".equals(l) ? "Tiếng Việt" : "English");
        language.setValue(me.getLocale());
        language.setId("preference-language");
        Button save = new Button(getTranslation("deadline.save"), e -> {
            users.choose(username, mode.getValue(), language.getValue());
            Notification.show(getTranslation("preferences.saved"), 3000, Notification.Position.BOTTOM_START);
        });
        save.setId("preference-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nav.preferences")), mode, language, save);
    }
}
