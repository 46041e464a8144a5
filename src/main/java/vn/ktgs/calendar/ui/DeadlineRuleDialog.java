package vn.ktgs.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import vn.ktgs.calendar.DeadlineRule;
import vn.ktgs.calendar.DeadlineRuleEditor;
import vn.ktgs.calendar.TimeUnit;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;

/** Edits one rule; then previews and, if wanted, applies the recompute of the open deadlines it set. */
class DeadlineRuleDialog extends Dialog {

    final IntegerField amount = new IntegerField();
    final Select<TimeUnit> unit = new Select<>();
    final Select<String> startsFrom = new Select<>();
    final IntegerField maxExtensions = new IntegerField();
    final IntegerField extensionMaxDays = new IntegerField();
    final IntegerField extensionDivisor = new IntegerField();
    final Grid<DeadlineRuleEditor.Move> moves = new Grid<>();

    DeadlineRuleDialog(DeadlineRule rule, DeadlineRuleEditor editor, KtgsUser user, Runnable saved) {
        setHeaderTitle(rule.getProcessKey() + (rule.getStepKey() == null ? "" : " / " + rule.getStepKey()));
        amount.setLabel(getTranslation("deadline.limit"));
        amount.setValue(rule.getAmount());
        amount.setId("rule-amount");
        unit.setLabel(getTranslation("deadline.unit"));
        unit.setItems(TimeUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("unit." + u));
        unit.setValue(rule.getUnit());
        startsFrom.setLabel(getTranslation("deadline.from"));
        startsFrom.setItems(DeadlineRuleEditor.STARTS_FROM.stream().sorted().toList());
        startsFrom.setItemLabelGenerator(s -> getTranslation("startsFrom." + s));
        startsFrom.setValue(rule.getStartsFrom());
        maxExtensions.setLabel(getTranslation("deadline.maxExtensions"));
        maxExtensions.setValue(rule.getMaxExtensions());
        extensionMaxDays.setLabel(getTranslation("deadline.extensionMaxDays"));
        extensionMaxDays.setValue(rule.getExtensionMaxDays());
        extensionDivisor.setLabel(getTranslation("deadline.extensionDivisor"));
        extensionDivisor.setValue(rule.getExtensionDivisor());
        Map<String, HasValidation> fields = Map.of("amount", amount, "unit", unit, "startsFrom", startsFrom,
                "maxExtensions", maxExtensions, "extensionMaxDays", extensionMaxDays, "extensionDivisor", extensionDivisor);
        moves.setAllRowsVisible(true);
        moves.setVisible(false);
        moves.addColumn(DeadlineRuleEditor.Move::caseNumber).setHeader(getTranslation("inbox.case"));
        moves.addColumn(DeadlineRuleEditor.Move::taskName).setHeader(getTranslation("inbox.step"));
        moves.addColumn(m -> Formats.dateTime(m.currentDue())).setHeader(getTranslation("deadline.currentDue"));
        moves.addColumn(m -> Formats.dateTime(m.newDue())).setHeader(getTranslation("deadline.newDue"));
        Paragraph moveSummary = new Paragraph();
        Button apply = new Button(getTranslation("deadline.applyRecompute"), e -> {
            editor.recompute(user, rule.getId());
            saved.run();
            close();
        });
        apply.setVisible(false);
        Button save = new Button(getTranslation("deadline.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                editor.change(user, rule.getId(), new DeadlineRuleEditor.Change(amount.getValue(), unit.getValue(),
                        startsFrom.getValue(), maxExtensions.getValue(), extensionMaxDays.getValue(), extensionDivisor.getValue()));
            } catch (FormValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    HasValidation field = fields.get(error.field());
                    field.setErrorMessage(getTranslation(error.messageKey(), error.args().toArray()));
                    field.setInvalid(true);
                }
                return;
            }
            saved.run();
            List<DeadlineRuleEditor.Move> preview = editor.preview(rule.getId());
            moveSummary.setText(getTranslation("deadline.previewSummary", preview.size()));
            moves.setItems(preview);
            moves.setVisible(!preview.isEmpty());
            apply.setVisible(!preview.isEmpty());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rule-save");
        apply.setId("rule-apply");
        FormLayout form = new FormLayout(amount, unit, startsFrom, maxExtensions, extensionMaxDays, extensionDivisor);
        add(form, moveSummary, moves);
        getFooter().add(new Button(getTranslation("deadline.close"), e -> close()), apply, save);
        setWidth("60em");
    }
}
