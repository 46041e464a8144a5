package vn.ktgs.programme;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collections;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/** On the case page: the programme item a case was started from. */
@org.springframework.stereotype.Component
class ProgrammeItemSection implements CaseFileSection {

    private final ProgrammeService programmes;
    private final UserDirectory directory;

    ProgrammeItemSection(ProgrammeService programmes, UserDirectory directory) {
        this.programmes = programmes;
        this.directory = directory;
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
                    UserDirectory.nameWithUsername(directory.fullNames(Collections.singleton(item.getLeadUsername())),
                            item.getLeadUsername())));
            return line;
        });
    }
}
