package vn.ktgs.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.programme.*;

/**
 * Adds or edits one item. On bad input the dialog stays open with what was typed and each error beside its
 * field; the reason field appears once the programme is approved (changes are then audited with it).
 */
class ProgrammeItemDialog extends Dialog {

    static final String ORGANIZATION = "ORGANIZATION";
    static final String MEMBER = "MEMBER";

    final Select<ItemKind> kind = new Select<>();
    final RadioButtonGroup<String> subjectKind = new RadioButtonGroup<>();
    final ComboBox<Organization> subjectOrg = new ComboBox<>();
    final ComboBox<PartyMember> subjectMember = new ComboBox<>();
    final TextArea content = new TextArea();
    final IntegerField planYear = new IntegerField();
    final IntegerField quarter = new IntegerField();
    final ComboBox<CommitteeMembers.Person> lead = new ComboBox<>();
    final TextField reason = new TextField();
    final Paragraph other = new Paragraph();

    ProgrammeItemDialog(ProgrammeService programmes, OrganizationService organizations, KtgsUser user, Programme programme,
                        Organization committee, ProgrammeItem existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "programme.item.add" : "programme.item.edit"));
        kind.setId("item-kind");
        kind.setLabel(getTranslation("programme.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.kind." + k));
        subjectKind.setId("item-subject-kind");
        subjectKind.setLabel(getTranslation("programme.item.subjectKind"));
        subjectKind.setItems(ORGANIZATION, MEMBER);
        subjectKind.setItemLabelGenerator(k -> getTranslation("programme.item.subjectKind." + k));
        subjectKind.setValue(ORGANIZATION);
        subjectOrg.setId("item-subject-org");
        subjectOrg.setLabel(getTranslation("programme.item.subjectOrg"));
        subjectOrg.setItems(q -> organizations.searchOrganizations(committee.getPath(), q.getFilter().orElse(""), q.getOffset(),
                q.getLimit()).stream());
        subjectOrg.setItemLabelGenerator(o -> o.getName() + " (" + o.getCode() + ")");
        subjectMember.setId("item-subject-member");
        subjectMember.setLabel(getTranslation("programme.item.subjectMember"));
        subjectMember.setItems(q -> organizations.searchMembers(committee.getPath(), q.getFilter().orElse(""), q.getOffset(),
                q.getLimit()).stream());
        subjectMember.setItemLabelGenerator(m -> m.getFullName() + " – " + m.getBirthYear());
        subjectMember.setVisible(false);
        subjectKind.addValueChangeListener(e -> {
            subjectOrg.setVisible(ORGANIZATION.equals(e.getValue()));
            subjectMember.setVisible(MEMBER.equals(e.getValue()));
        });
        content.setId("item-content");
        content.setLabel(getTranslation("programme.item.content"));
        content.setWidthFull();
        planYear.setId("item-year");
        planYear.setLabel(getTranslation("programme.item.year"));
        planYear.setValue(programme.getStartYear());
        planYear.setVisible(programme.getKind() == ProgrammeKind.TERM);
        quarter.setId("item-quarter");
        quarter.setLabel(getTranslation("programme.item.quarter"));
        quarter.setStepButtonsVisible(true);
        lead.setId("item-lead");
        lead.setLabel(getTranslation("programme.item.lead"));
        lead.setItems(programmes.leadsOf(user, committee.getId()));
        reason.setId("item-reason");
        reason.setLabel(getTranslation("programme.item.reason"));
        reason.setWidthFull();
        reason.setVisible(programme.isApproved());
        if (existing != null) {
            fill(existing, organizations);
        }
        Button save = new Button(getTranslation("programme.save"), e -> save(programmes, user, programme, existing, saved));
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, subjectKind, subjectOrg, subjectMember, planYear, quarter, lead, content, reason);
        form.setColspan(content, 2);
        form.setColspan(reason, 2);
        add(form, other);
        getFooter().add(new Button(getTranslation("programme.cancel"), e -> close()), save);
        setWidth("50em");
    }

    private void fill(ProgrammeItem item, OrganizationService organizations) {
        kind.setValue(item.getKind());
        if (item.getSubjectMemberId() != null) {
            subjectKind.setValue(MEMBER);
            subjectMember.setValue(organizations.memberById(item.getSubjectMemberId()));
        } else {
            subjectOrg.setValue(organizations.byId(item.getSubjectOrgId()));
        }
        content.setValue(item.getContent());
        planYear.setValue(item.getPlanYear());
        quarter.setValue(item.getQuarterNo());
        lead.getListDataView().getItems().filter(p -> p.username().equals(item.getLeadUsername())).findFirst()
                .ifPresent(lead::setValue);
    }

    private void save(ProgrammeService programmes, KtgsUser user, Programme programme, ProgrammeItem existing, Runnable saved) {
        boolean member = MEMBER.equals(subjectKind.getValue());
        ItemDraft draft = new ItemDraft(kind.getValue(),
                member || subjectOrg.getValue() == null ? null : subjectOrg.getValue().getId(),
                !member || subjectMember.getValue() == null ? null : subjectMember.getValue().getId(),
                content.getValue(), planYear.getValue(), quarter.getValue(),
                lead.getValue() == null ? null : lead.getValue().username(), reason.getValue());
        Map<String, HasValidation> fields = new HashMap<>(Map.of("kind", kind, "content", content, "planYear", planYear,
                "quarter", quarter, "lead", lead, "reason", reason));
        fields.put("subject", member ? subjectMember : subjectOrg);
        try {
            programmes.saveItem(user, programme.getId(), existing == null ? null : existing.getId(), draft);
        } catch (FormValidationException invalid) {
            other.setText(String.join("; ", FieldErrors.show(this, invalid, fields)));
            return;
        }
        close();
        saved.run();
    }
}
