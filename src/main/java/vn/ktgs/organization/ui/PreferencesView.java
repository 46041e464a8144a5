package vn.ktgs.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.CommitteePeople;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Substitute;
import vn.ktgs.organization.Substitutes;

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

    private final Substitutes substitutes;
    private final CommitteePeople people;
    private final KtgsUser user;
    private final Div current = new Div();

    PreferencesView(UserDirectory users, CurrentUser currentUser, Substitutes substitutes, CommitteePeople people) {
        this.substitutes = substitutes;
        this.people = people;
        this.user = currentUser.get();
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
        if (user.getGrants().stream().anyMatch(g -> g.role().isCommitteeRole())) {
            add(substituteSection());
        }
    }

    /** Naming a colleague who works my tasks while I am away, and ending it early. */
    private Component substituteSection() {
        ComboBox<Option> who = new ComboBox<>(getTranslation("substitute.person"));
        who.setId("substitute-person");
        who.setItemsWithFilterConverter(q -> people.options(CommitteePeople.COMMITTEE_PEOPLE, user, q.getFilter().orElse(""),
                q.getOffset(), q.getLimit()).stream().filter(o -> !o.value().equals(user.getUsername())), text -> text);
        who.setItemLabelGenerator(Option::label);
        who.setWidth("min(24em, 100%)");
        DatePicker from = DatePickers.localized(new DatePicker(getTranslation("substitute.from")));
        from.setId("substitute-from");
        DatePicker to = DatePickers.localized(new DatePicker(getTranslation("substitute.to")));
        to.setId("substitute-to");
        Button name = new Button(getTranslation("substitute.save"), e -> {
            who.setInvalid(false);
            from.setInvalid(false);
            to.setInvalid(false);
            try {
                substitutes.name(user, who.getValue() == null ? null : who.getValue().value(), from.getValue(), to.getValue());
                Notification.show(getTranslation("substitute.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                showCurrent();
            } catch (FormValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    HasValidation field = switch (error.field()) {
                        case "from" -> from;
                        case "to" -> to;
                        default -> who;
                    };
                    field.setErrorMessage(getTranslation(error.messageKey(), error.args().toArray()));
                    field.setInvalid(true);
                }
            }
        });
        name.setId("substitute-save");
        current.setId("substitute-current");
        showCurrent();
        HorizontalLayout fields = new HorizontalLayout(who, from, to);
        fields.setWrap(true);
        Paragraph help = new Paragraph(getTranslation("substitute.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new VerticalLayout(new H3(getTranslation("substitute.title")), help, fields, name, current);
    }

    private void showCurrent() {
        current.removeAll();
        for (Substitute s : substitutes.of(user)) {
            Button end = new Button(getTranslation("substitute.remove"), e -> {
                substitutes.remove(user, s.getId());
                showCurrent();
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            current.add(new Div(new Span(getTranslation("substitute.current", people.label(CommitteePeople.COMMITTEE_PEOPLE, s.getSubstitute()),
                    Formats.date(s.getStartsOn()), Formats.date(s.getEndsOn()))), end));
        }
    }
}
