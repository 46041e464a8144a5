package vn.ktgs.document;

import com.lowagie.text.*;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.ktgs.document.OfficialDocument.Block;

/**
 * Draws an {@link OfficialDocument} as PDF/A4 with Liberation Serif (metric-compatible with Times New Roman,
 * with Vietnamese glyphs) embedded as a subset, so the diacritics print the same everywhere and the file stays small.
 */
final class PdfRenderer {

    private static final float SIZE = 13.5f;
    private static final BaseFont REGULAR = font("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = font("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = font("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

    private PdfRenderer() {
    }

    static byte[] render(OfficialDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A4; margins 30 mm left, 20 mm elsewhere (in points)
        Document pdf = new Document(PageSize.A4, 85, 57, 57, 57);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(doc.title() + (doc.subtitle() == null ? "" : " " + doc.subtitle()));
        pdf.open();
        pdf.add(header(doc));
        pdf.add(centred(doc.title(), new Font(BOLD, SIZE + 1), 14));
        if (doc.subtitle() != null) {
            pdf.add(centred(doc.subtitle(), new Font(BOLD, SIZE), 0));
        }
        pdf.add(centred("", new Font(REGULAR, SIZE), 6));
        for (Block block : doc.body()) {
            pdf.add(body(block));
        }
        pdf.add(footer(doc));
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable header(OfficialDocument doc) {
        PdfPTable table = twoColumns(42, 58);
        PdfPCell left = cell();
        left.addElement(centred(doc.parentBody(), new Font(REGULAR, 12.5f), 0));
        left.addElement(centred(doc.issuingBody(), new Font(BOLD, 12.5f), 0));
        left.addElement(centred("*", new Font(REGULAR, 12.5f), 0));
        if (doc.numberLine() != null) {
            left.addElement(centred(doc.numberLine(), new Font(REGULAR, 12.5f), 0));
        }
        PdfPCell right = cell();
        right.addElement(centred(OfficialDocument.PARTY, new Font(BOLD, 14, Font.UNDERLINE), 0));
        right.addElement(centred(doc.placeAndDate(), new Font(ITALIC, SIZE), 8));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static PdfPTable footer(OfficialDocument doc) {
        PdfPTable table = twoColumns(50, 50);
        table.setSpacingBefore(12);
        PdfPCell left = cell();
        left.addElement(new Paragraph("Nơi nhận:", new Font(BOLD_ITALIC, 12)));
        for (String recipient : doc.recipients()) {
            left.addElement(new Paragraph(recipient, new Font(REGULAR, 11)));
        }
        PdfPCell right = cell();
        right.addElement(centred(doc.signature().onBehalfOf(), new Font(BOLD, SIZE), 0));
        right.addElement(centred(doc.signature().position(), new Font(BOLD, SIZE), 0));
        right.addElement(centred(doc.signature().name(), new Font(BOLD, SIZE), 60));
        table.addCell(left);
        table.addCell(right);
        return table;
    }

    private static Paragraph body(Block block) {
        Paragraph p = switch (block.style()) {
            case CENTRED -> centred(block.text(), new Font(BOLD, SIZE), 6);
            case HEADING -> new Paragraph(block.text(), new Font(BOLD, SIZE));
            case ITALIC -> new Paragraph(block.text(), new Font(ITALIC, SIZE));
            case TEXT -> new Paragraph(block.text(), new Font(REGULAR, SIZE));
        };
        if (block.style() != OfficialDocument.Style.CENTRED) {
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(28);
        }
        p.setSpacingAfter(5);
        return p;
    }

    private static PdfPTable twoColumns(float left, float right) {
        PdfPTable table = new PdfPTable(new float[] {left, right});
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    /** Loaded once: the TrueType files of openpdf-fonts-extra, embedded as a subset with Unicode (Identity-H) encoding. */
    private static BaseFont font(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the classpath (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
