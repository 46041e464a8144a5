package vn.ktgs.programme.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.programme.Programme;
import vn.ktgs.programme.ProgrammeKind;
import vn.ktgs.programme.ProgrammeService;

/** Drafts a new annual or full-term programme for one committee. */
class NewProgrammeDialog extends Dialog {

    final Select<ProgrammeKind> kind = new Select<>();
    final IntegerField startYear = new IntegerField();
    final IntegerField endYear = new IntegerField();
    final TextField title = new TextField();
    final Paragraph other = new Paragraph();

    NewProgrammeDialog(ProgrammeService programmes, KtgsUser user, long committeeOrgId, int thisYear, Consumer<Programme> created) {
        setHeaderTitle(getTranslation("programme.new"));
        kind.setId("new-programme-kind");
        kind.setLabel(getTranslation("programme.kind"));
        kind.setItems(ProgrammeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("programme.kind." + k));
        kind.setValue(ProgrammeKind.ANNUAL);
        startYear.setId("new-programme-start");
        startYear.setLabel(getTranslation("programme.startYear"));
        startYear.setValue(thisYear + 1);
        endYear.setId("new-programme-end");
        endYear.setLabel(getTranslation("programme.endYear"));
        endYear.setVisible(false);
        kind.addValueChangeListener(e -> endYear.setVisible(e.getValue() == ProgrammeKind.TERM));
        title.setId("new-programme-title");
        title.setLabel(getTranslation("programme.title"));
        title.setWidthFull();
        Map<String, HasValidation> fields = Map.of("kind", kind, "startYear", startYear, "endYear", endYear, "title", title);
        Button save = new Button(getTranslation("programme.save"), e -> {
            try {
                Programme p = programmes.create(user, committeeOrgId, kind.getValue(), startYear.getValue(), endYear.getValue(),
                        title.getValue());
                close();
                created.accept(p);
            } catch (FormValidationException invalid) {
                other.setText(String.join("; ", FieldErrors.show(this, invalid, fields)));
            }
        });
        save.setId("new-programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(kind, startYear, endYear, title), other);
        getFooter().add(new Button(getTranslation("programme.cancel"), e -> close()), save);
        setWidth("40em");
    }
}
