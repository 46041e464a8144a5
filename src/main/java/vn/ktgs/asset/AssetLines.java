package vn.ktgs.asset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.ktgs.inspection.Vnd;
import vn.ktgs.kernel.Formats;

/**
 * What a verification has recorded so far, as translated lines: the case page's section and the lines above a task's
 * form say the same thing. {@code translate} is the caller's (a component's getTranslation, or the I18N provider).
 */
final class AssetLines {

    record Line(String id, String text) {
    }

    private AssetLines() {
    }

    static List<Line> of(AssetVerification v, BiFunction<String, Object[], String> translate) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("asset-section-trigger", translate.apply("asset.section.trigger", new Object[] {
                translate.apply("asset.trigger." + v.getTrigger().name(), new Object[0]), String.valueOf(v.getDeclarationYear())})));
        if (v.getExplanation() != null) {
            lines.add(new Line("asset-section-explanation", translate.apply("asset.section.explanation",
                    new Object[] {Formats.date(v.getExplainedOn()), v.getExplanation()})));
        }
        if (v.getVerifiedTotal() != null) {
            lines.add(new Line("asset-section-amounts", translate.apply("asset.section.amounts", new Object[] {vnd(v.getPreviousTotal()),
                    vnd(v.getDeclaredTotal()), vnd(v.getVerifiedTotal()), vnd(v.getExplainedIncrease()), vnd(v.getUnexplainedIncrease())})));
            if (v.getUnexplainedIncrease() >= Amounts.SIGN_THRESHOLD) {
                lines.add(new Line("asset-section-sign", translate.apply("asset.section.sign", new Object[0])));
            }
        }
        if (v.getConclusion() != null) {
            lines.add(new Line("asset-section-conclusion", translate.apply("asset.section.conclusion", new Object[] {
                    translate.apply("asset.conclusion." + v.getConclusion().name(), new Object[0]), v.getConclusionReasons()})));
            lines.add(new Line("asset-section-publication", v.getPublishedOn() == null
                    ? translate.apply("asset.section.publicationDue", new Object[] {Formats.date(v.getPublicationDue())})
                    : translate.apply(v.isPublishedLate() ? "asset.section.publishedLate" : "asset.section.published", new Object[] {
                            Formats.date(v.getPublishedOn()), v.getPublicationPlace(), Formats.date(v.getPublicationDue())})));
        }
        return lines;
    }

    private static String vnd(Long amount) {
        return Vnd.format(amount == null ? null : BigDecimal.valueOf(amount));
    }
}
