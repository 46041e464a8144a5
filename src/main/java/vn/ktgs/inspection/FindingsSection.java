package vn.ktgs.inspection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;

/** The verification's structured findings on the case page, amounts in đồng and their total. */
@org.springframework.stereotype.Component
class FindingsSection implements CaseFileSection {

    private final FindingService findings;

    FindingsSection(FindingService findings) {
        this.findings = findings;
    }

    @Override
    public String titleKey() {
        return "case.findings";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<InspectionFinding> list = findings.of(caseFile.getId());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Div all = new Div();
        all.setId("case-findings");
        Grid<InspectionFinding> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addColumn(InspectionFinding::getSeq).setHeader("#").setAutoWidth(true);
        grid.addColumn(f -> all.getTranslation("finding.kind." + f.getKind())).setHeader(all.getTranslation("findings.kind"));
        grid.addColumn(f -> f.getConcerned() == null ? "" : f.getConcerned()).setHeader(all.getTranslation("findings.concerned"));
        grid.addColumn(InspectionFinding::getDescription).setHeader(all.getTranslation("findings.description")).setFlexGrow(3);
        grid.addColumn(f -> f.getDecidedBy() == null ? "" : f.getDecidedBy()).setHeader(all.getTranslation("findings.decidedBy"));
        grid.addColumn(f -> Vnd.format(f.getAmount())).setHeader(all.getTranslation("findings.amount")).setAutoWidth(true);
        grid.setItems(list);
        all.add(grid);
        BigDecimal total = FindingService.total(list);
        if (total != null) {
            all.add(new Paragraph(all.getTranslation("findings.total", Vnd.format(total))));
        }
        return Optional.of(all);
    }
}
