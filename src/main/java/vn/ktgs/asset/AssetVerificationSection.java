package vn.ktgs.asset;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;

/**
 * The verification on its case page: trigger, the member's explanation, declared and verified amounts in đồng with the
 * unexplained increase, the conclusion and its publication (due date, date, late). The case page shows it only to
 * users who may see the case (the committee's subtree), never to a contact.
 */
@org.springframework.stereotype.Component
class AssetVerificationSection implements CaseFileSection {

    private final AssetVerificationService verifications;

    AssetVerificationSection(AssetVerificationService verifications) {
        this.verifications = verifications;
    }

    @Override
    public String titleKey() {
        return "asset.section";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        if (!AssetVerificationProcess.KEY.equals(caseFile.getProcessKey())) {
            return Optional.empty();
        }
        return verifications.ofCase(caseFile.getId()).map(v -> {
            Div all = new Div();
            all.setId("asset-section");
            for (AssetLines.Line line : AssetLines.of(v, all::getTranslation)) {
                Paragraph p = new Paragraph(line.text());
                p.setId(line.id());
                all.add(p);
            }
            return all;
        });
    }
}
