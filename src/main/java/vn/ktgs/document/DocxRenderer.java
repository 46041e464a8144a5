package vn.ktgs.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.*;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.ktgs.document.OfficialDocument.Block;

/** Draws an {@link OfficialDocument} as .docx in Times New Roman 14 on A4, the way these offices type them. */
final class DocxRenderer {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 14;
    /** A4 in twentieths of a point; margins 20 mm top/bottom/right, 30 mm left (binding side). */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MM20 = 1134;
    private static final int MM30 = 1701;

    private DocxRenderer() {
    }

    static byte[] render(OfficialDocument doc) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(docx);
            header(docx, doc);
            centred(docx, doc.title(), true, false, SIZE).setSpacingBefore(240);
            if (doc.subtitle() != null) {
                centred(docx, doc.subtitle(), true, false, SIZE).setSpacingAfter(240);
            }
            doc.body().forEach(block -> body(docx, block));
            footer(docx, doc);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pageSetup(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MM20));
        margins.setBottom(BigInteger.valueOf(MM20));
        margins.setRight(BigInteger.valueOf(MM20));
        margins.setLeft(BigInteger.valueOf(MM30));
    }

    /** Two cells without borders: issuing body and number left, the party's name and place/date right. */
    private static void header(XWPFDocument docx, OfficialDocument doc) {
        XWPFTable table = twoColumns(docx, "42%", "58%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        line(first(left), doc.parentBody(), false, false, false, 13);
        line(left.addParagraph(), doc.issuingBody(), true, false, false, 13);
        line(left.addParagraph(), "*", false, false, false, 13);
        if (doc.numberLine() != null) {
            line(left.addParagraph(), doc.numberLine(), false, false, false, 13);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(right), OfficialDocument.PARTY, true, false, true, 15);
        line(right.addParagraph(), doc.placeAndDate(), false, true, false, 13).setSpacingBefore(120);
    }

    private static void footer(XWPFDocument docx, OfficialDocument doc) {
        XWPFTable table = twoColumns(docx, "50%", "50%");
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph heading = first(left);
        heading.setAlignment(ParagraphAlignment.LEFT);
        run(heading, "Nơi nhận:", true, true, false, 12);
        for (String recipient : doc.recipients()) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, recipient, false, false, false, 11);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(right), doc.signature().onBehalfOf(), true, false, false, SIZE);
        line(right.addParagraph(), doc.signature().position(), true, false, false, SIZE).setSpacingAfter(1200);
        line(right.addParagraph(), doc.signature().name(), true, false, false, SIZE);
    }

    private static XWPFTable twoColumns(XWPFDocument docx, String leftWidth, String rightWidth) {
        XWPFTable table = docx.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.getRow(0).getCell(0).setWidth(leftWidth);
        table.getRow(0).getCell(1).setWidth(rightWidth);
        return table;
    }

    private static void body(XWPFDocument docx, Block block) {
        XWPFParagraph p;
        switch (block.style()) {
            case CENTRED -> p = centred(docx, block.text(), true, false, SIZE);
            case HEADING -> {
                p = docx.createParagraph();
                run(p, block.text(), true, false, false, SIZE);
            }
            case ITALIC -> {
                p = docx.createParagraph();
                run(p, block.text(), false, true, false, SIZE);
            }
            default -> {
                p = docx.createParagraph();
                run(p, block.text(), false, false, false, SIZE);
            }
        }
        if (block.style() != OfficialDocument.Style.CENTRED) {
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(567);
        }
        p.setSpacingAfter(120);
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private static XWPFParagraph centred(XWPFDocument docx, String text, boolean bold, boolean italic, int size) {
        return line(docx.createParagraph(), text, bold, italic, false, size);
    }

    private static XWPFParagraph line(XWPFParagraph p, String text, boolean bold, boolean italic, boolean underline, int size) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, bold, italic, underline, size);
        return p;
    }

    /** A run; line breaks in the text become breaks in Word. */
    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, boolean underline, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        List<String> lines = List.of((text == null ? "" : text).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i));
        }
    }
}
