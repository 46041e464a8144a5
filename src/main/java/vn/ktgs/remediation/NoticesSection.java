package vn.ktgs.remediation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;

import vn.ktgs.base.ui.Formats;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;

/** Conclusion notices and their requirements on the case page. */
@org.springframework.stereotype.Component
class NoticesSection implements CaseFileSection {

    private final RemediationService remediation;

    NoticesSection(RemediationService remediation) {
        this.remediation = remediation;
    }

    @Override
    public String titleKey() {
        return "case.notices";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<ConclusionNotice> notices = remediation.noticesOf(caseFile.getId());
        if (notices.isEmpty()) {
            return Optional.empty();
        }
        Div all = new Div();
        all.setId("case-notices");
        for (ConclusionNotice n : notices) {
            all.add(new Paragraph(all.getTranslation("notice.line", n.getNoticeNumber(), Formats.date(n.getIssuedAt()),
                    all.getTranslation("outcome." + n.getOutcome()), all.getTranslation("notice.status." + n.getStatus()))));
            Grid<RemediationRequirement> grid = new Grid<>();
            grid.setAllRowsVisible(true);
            grid.addColumn(RemediationRequirement::getSeq).setHeader("#").setAutoWidth(true);
            grid.addColumn(RemediationRequirement::getContent).setHeader(all.getTranslation("notice.requirement")).setFlexGrow(3);
            grid.addColumn(RemediationRequirement::getOwnerName).setHeader(all.getTranslation("notice.owner"));
            grid.addColumn(r -> Formats.date(r.getDueDate())).setHeader(all.getTranslation("inbox.due"));
            grid.addColumn(r -> all.getTranslation("requirement.status." + r.getStatus())).setHeader(all.getTranslation("cases.status"));
            grid.setItems(n.getRequirements());
            all.add(grid);
        }
        return Optional.of(all);
    }
}
