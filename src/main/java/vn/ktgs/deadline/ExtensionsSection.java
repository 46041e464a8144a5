package vn.ktgs.deadline;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;

/** Extensions on the case page: the step, the request, the decision, the old and new due dates. */
@org.springframework.stereotype.Component
class ExtensionsSection implements CaseFileSection {

    private final ExtensionService extensions;

    ExtensionsSection(ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Override
    public String titleKey() {
        return "case.extensions";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<DeadlineExtension> list = extensions.ofCase(caseFile.getId());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Grid<DeadlineExtension> grid = new Grid<>();
        grid.setId("case-extensions");
        grid.setAllRowsVisible(true);
        grid.addColumn(DeadlineExtension::getTaskName).setHeader(grid.getTranslation("inbox.step")).setAutoWidth(true);
        grid.addColumn(e -> e.getAmount() + " " + ExtensionService.unitText(e.getUnit()) + " · " + e.getReason())
                .setHeader(grid.getTranslation("extension.request")).setFlexGrow(2);
        grid.addColumn(e -> grid.getTranslation("extension.status." + e.getStatus())
                + (e.getDecidedBy() == null ? "" : " · " + e.getDecidedBy())
                + (e.getDecisionComment() == null ? "" : " · " + e.getDecisionComment()))
                .setHeader(grid.getTranslation("extension.decision")).setFlexGrow(2);
        grid.addColumn(e -> Formats.dateTime(e.getOldDue()) + (e.getNewDue() == null ? "" : " → " + Formats.dateTime(e.getNewDue())))
                .setHeader(grid.getTranslation("inbox.due")).setAutoWidth(true);
        grid.setItems(list);
        return Optional.of(grid);
    }
}
