package vn.ktgs.asset;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.Optional;
import vn.ktgs.base.ui.Formats;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.inspection.Vnd;
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
            all.add(line(all, "asset-section-trigger", all.getTranslation("asset.section.trigger",
                    all.getTranslation("asset.trigger." + v.getTrigger().name()), String.valueOf(v.getDeclarationYear()))));
            if (v.getExplanation() != null) {
                all.add(line(all, "asset-section-explanation", all.getTranslation("asset.section.explanation",
                        Formats.date(v.getExplainedOn()), v.getExplanation())));
            }
            if (v.getVerifiedTotal() != null) {
                all.add(line(all, "asset-section-amounts", all.getTranslation("asset.section.amounts", vnd(v.getPreviousTotal()),
                        vnd(v.getDeclaredTotal()), vnd(v.getVerifiedTotal()), vnd(v.getExplainedIncrease()), vnd(v.getUnexplainedIncrease()))));
                if (v.getUnexplainedIncrease() >= Amounts.SIGN_THRESHOLD) {
                    all.add(line(all, "asset-section-sign", all.getTranslation("asset.section.sign")));
                }
            }
            if (v.getConclusion() != null) {
                all.add(line(all, "asset-section-conclusion", all.getTranslation("asset.section.conclusion",
                        all.getTranslation("asset.conclusion." + v.getConclusion().name()), v.getConclusionReasons())));
                all.add(line(all, "asset-section-publication", v.getPublishedOn() == null
                        ? all.getTranslation("asset.section.publicationDue", Formats.date(v.getPublicationDue()))
                        : all.getTranslation(v.isPublishedLate() ? "asset.section.publishedLate" : "asset.section.published",
                                Formats.date(v.getPublishedOn()), v.getPublicationPlace(), Formats.date(v.getPublicationDue()))));
            }
            return all;
        });
    }

    private static Paragraph line(Div owner, String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private static String vnd(Long amount) {
        return Vnd.format(amount == null ? null : BigDecimal.valueOf(amount));
    }
}
