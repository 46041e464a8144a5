package vn.ktgs.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;

/** What every draft shares: the layout's fixed parts around a body, and the small text helpers of party documents. */
public final class Drafting {

    public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String COMMITTEE = "ỦY BAN KIỂM TRA";
    /** The issuer signs: the committee's chair, or for a cell "T/M CHI BỘ", "BÍ THƯ" (see {@link #document}). */
    public static final Signature COMMITTEE_SIGNS = new Signature("T/M " + COMMITTEE, "CHỦ NHIỆM", null);

    private Drafting() {
    }

    /** The layout's fixed parts around a body; every text is put into NFC so fonts find the precomposed glyphs. */
    public static OfficialDocument document(StepFacts f, String title, String subtitle, List<Block> body,
                                            List<String> recipients, Signature signature) {
        Letterhead.Issuer issuer = f.issuer();
        LocalDate d = f.date();
        String placeAndDate = (issuer.place().isEmpty() ? "" : issuer.place() + ", ") + "ngày " + d.getDayOfMonth()
                + " tháng " + d.getMonthValue() + " năm " + d.getYear();
        // the committee's signature is the issuer's: a cell signs "T/M CHI BỘ", "BÍ THƯ"
        Signature signs = signature == COMMITTEE_SIGNS ? committeeSigns(f)
                : new Signature(signature.onBehalfOf(), signature.position(),
                        signature.name() == null ? issuer.chairName() : signature.name());
        return new OfficialDocument(nfc(issuer.parentBody()), nfc(issuer.body()), f.number() == null ? null : "Số " + nfc(f.number()),
                nfc(placeAndDate), nfc(title), nfc(subtitle),
                body.stream().map(b -> new Block(nfc(b.text()), b.style())).toList(),
                recipients.stream().map(Drafting::nfc).toList(),
                new Signature(nfc(signs.onBehalfOf()), nfc(signs.position()), nfc(signs.name())));
    }

    /** The chair signs for the committee; a deputy chair who decided signs "KT. CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM". */
    private static Signature committeeSigns(StepFacts f) {
        Letterhead.Issuer issuer = f.issuer();
        if (f.signer() != null && f.signer().deputy() && issuer.position().equals(COMMITTEE_SIGNS.position())) {
            return new Signature("KT. " + COMMITTEE_SIGNS.position(), "PHÓ " + COMMITTEE_SIGNS.position(), f.signer().fullName());
        }
        return new Signature(issuer.onBehalfOf(), issuer.position(), issuer.chairName());
    }

    public static String filedIn(StepFacts f) {
        return "- Lưu hồ sơ " + f.caseFile().getCaseNumber() + ".";
    }

    public static String sentence(String s) {
        return s.matches(".*[.!?;:]$") ? s : s + ".";
    }

    public static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public static String upper(String s) {
        return s.toUpperCase(Letterhead.VIETNAMESE);
    }

    public static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Letterhead.VIETNAMESE) + s.substring(1);
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
