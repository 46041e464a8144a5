package vn.ktgs.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.complaint.ComplaintProcess;
import vn.ktgs.complaint.ComplaintService;
import vn.ktgs.organization.KtgsUser;

/** The complaint on its case page ({@link ComplaintLines}), for those who may see the case. */
@org.springframework.stereotype.Component
class ComplaintSection implements CaseFileSection {

    private final ComplaintService complaints;
    private final ComplaintLines lines;

    ComplaintSection(ComplaintService complaints, ComplaintLines lines) {
        this.complaints = complaints;
        this.lines = lines;
    }

    @Override
    public String titleKey() {
        return "complaint.section";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        if (!ComplaintProcess.KEY.equals(caseFile.getProcessKey())) {
            return Optional.empty();
        }
        return complaints.ofCase(user, caseFile.getId()).map(c -> {
            Div div = new Div();
            div.setId("complaint-section");
            for (ComplaintLines.Line line : lines.of(c, div::getTranslation)) {
                Paragraph p = new Paragraph(line.text());
                p.setId(line.id());
                div.add(p);
            }
            return div;
        });
    }
}
