package vn.ktgs.document;

import java.util.List;

/**
 * A party document as the layout of Quy định 66-QĐ/TW arranges it, independent of the file format:
 * issuing body and number top left, "ĐẢNG CỘNG SẢN VIỆT NAM" and place/date top right, title and
 * subtitle centred, the body, recipients bottom left and the signature block bottom right.
 * {@link DocxRenderer} and {@link PdfRenderer} draw the same record.
 */
public record OfficialDocument(
        /** The party organisation the committee belongs to, in capitals: "ĐẢNG BỘ TỈNH LÂM GIANG". */
        String parentBody,
        /** "ỦY BAN KIỂM TRA". */
        String issuingBody,
        /** "Số 12-QĐ/UBKTTU", or null for an attachment that carries no number of its own. */
        String numberLine,
        /** "Lâm Giang, ngày 24 tháng 11 năm 2026". */
        String placeAndDate,
        String title,
        String subtitle,
        List<Block> body,
        List<String> recipients,
        Signature signature) {

    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /** A paragraph of the body; {@code centred} bold headings such as "QUYẾT ĐỊNH:" between the grounds and the articles. */
    public record Block(String text, Style style) {
        public static Block text(String text) {
            return new Block(text, Style.TEXT);
        }

        public static Block heading(String text) {
            return new Block(text, Style.HEADING);
        }

        public static Block centred(String text) {
            return new Block(text, Style.CENTRED);
        }

        public static Block italic(String text) {
            return new Block(text, Style.ITALIC);
        }
    }

    public enum Style { TEXT, HEADING, CENTRED, ITALIC }

    /** "T/M ỦY BAN KIỂM TRA" / "CHỦ NHIỆM" / the signer's name (left blank for a handwritten name when unknown). */
    public record Signature(String onBehalfOf, String position, String name) {
    }
}
