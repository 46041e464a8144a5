package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.denunciation.CongressList;
import vn.ktgs.denunciation.CongressLists;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.organization.Role;

/**
 * Congress period: the administrator marks the personnel planned for a congress; the report lists the
 * in-jurisdiction denunciation cases about them that cannot finish before the congress opens.
 */
@Route("denunciations/congress")
@PageTitle("KTGS – Đơn tố cáo trước đại hội")
@Menu(order = 34, title = "denunciation.nav.congress", icon = "vaadin:users")
@RolesAllowed({"ADMIN", "LOCAL_ADMIN"})
public class CongressView extends VerticalLayout {

    final TextField title = new TextField();
    final DatePicker opensOn = DatePickers.localized(new DatePicker());
    final MultiSelectComboBox<PartyMember> members = new MultiSelectComboBox<>();
    final Button mark = new Button();
    final ComboBox<CongressList> list = new ComboBox<>();
    final Grid<CongressLists.AtRisk> atRisk = new Grid<>();

    CongressView(CongressLists congress, OrganizationService organizations, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        String scope = user.getGrants().stream().filter(g -> g.role() == Role.ADMIN).map(Grant::orgPath).findFirst().orElse("/none/");
        title.setLabel(getTranslation("denunciation.congressTitle"));
        title.setId("congress-title");
        opensOn.setLabel(getTranslation("denunciation.congressOpens"));
        opensOn.setId("congress-opens");
        members.setLabel(getTranslation("denunciation.congressMembers"));
        members.setId("congress-members");
        members.setItemLabelGenerator(m -> m.getFullName() + " – " + m.getBirthYear());
        members.setItems(q -> organizations.searchMembers(scope, q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        members.setWidth("40em");
        mark.setText(getTranslation("denunciation.congressMark"));
        mark.setId("congress-mark");
        list.setLabel(getTranslation("denunciation.congressList"));
        list.setItemLabelGenerator(l -> l.getTitle() + " (" + Formats.date(l.getOpensOn()) + ")");
        list.setItems(congress.lists(user));
        list.addValueChangeListener(e -> atRisk.setItems(e.getValue() == null ? List.of() : congress.cannotFinishBefore(user, e.getValue().getId())));
        atRisk.setId("congress-at-risk");
        atRisk.addColumn(r -> r.caseFile().getCaseNumber()).setHeader(getTranslation("denunciation.caseNumber")).setAutoWidth(true);
        atRisk.addColumn(r -> r.letter().getAccusedName()).setHeader(getTranslation("denunciation.accused")).setFlexGrow(2);
        atRisk.addColumn(r -> r.letter().getDueAt() == null ? "" : Formats.date(r.letter().getDueAt())).setHeader(getTranslation("denunciation.due"));
        atRisk.addColumn(r -> Formats.date(r.list().getOpensOn())).setHeader(getTranslation("denunciation.congressOpens"));
        mark.addClickListener(e -> {
            try {
                Set<Long> ids = members.getValue().stream().map(PartyMember::getId).collect(Collectors.toSet());
                CongressList saved = congress.mark(user, title.getValue(), opensOn.getValue(), ids);
                Notification.show(getTranslation("denunciation.congressMarked", saved.getTitle()), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                list.setItems(congress.lists(user));
                list.setValue(saved);
            } catch (FormValidationException invalid) {
                for (FieldError err : invalid.errors()) {
                    String message = getTranslation(err.messageKey(), err.args().toArray());
                    switch (err.field()) {
                        case "title" -> { title.setErrorMessage(message); title.setInvalid(true); }
                        case "opensOn" -> { opensOn.setErrorMessage(message); opensOn.setInvalid(true); }
                        default -> { members.setErrorMessage(message); members.setInvalid(true); }
                    }
                }
                Notification.show(getTranslation("form.invalid"), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add(new H2(getTranslation("denunciation.congressHeading")), title, opensOn, members, mark,
                new H3(getTranslation("denunciation.congressReport")), list, atRisk);
    }
}
