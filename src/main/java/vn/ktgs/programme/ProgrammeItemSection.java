package vn.ktgs.programme;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;

/** On the case page: the programme item a case was started from. */
@org.springframework.stereotype.Component
class ProgrammeItemSection implements CaseFileSection {

    private final ProgrammeService programmes;

    ProgrammeItemSection(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Override
    public String titleKey() {
        return "programme.caseSection";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        return programmes.originOf(caseFile.getId()).map(origin -> {
            Paragraph line = new Paragraph();
            line.setId("case-programme-item");
            ProgrammeItem item = origin.item();
            line.setText(line.getTranslation("programme.caseOrigin", origin.programme().getTitle(), origin.programme().period(),
                    line.getTranslation("programme.kind." + item.getKind()), item.getQuarterNo(), String.valueOf(item.getPlanYear()),
                    item.getLeadUsername()));
            return line;
        });
    }
}
