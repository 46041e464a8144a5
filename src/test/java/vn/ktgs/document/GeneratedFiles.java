package vn.ktgs.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Reads the text back out of generated files, the way a user's office program would show it. */
public final class GeneratedFiles {

    private GeneratedFiles() {
    }

    /** Every paragraph of the .docx, the header and footer tables included, one per line. */
    public static String docxText(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            for (var element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    t.getRows().forEach(row -> row.getTableCells().forEach(cell -> text.append(cell.getParagraphs().stream()
                            .map(XWPFParagraph::getText).collect(Collectors.joining("\n"))).append('\n')));
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text, every page, as one line, through OpenPDF's extractor and the embedded font's Unicode map. */
    public static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return oneLine(text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF wraps lines where the page ends: compare the words, not the line breaks. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
