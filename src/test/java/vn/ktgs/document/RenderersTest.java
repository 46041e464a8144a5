package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;

/** The layout in both formats, with Vietnamese text that survives the round trip. */
class RenderersTest {

    private final OfficialDocument doc = new OfficialDocument("ĐẢNG BỘ TỈNH LÂM GIANG", "ỦY BAN KIỂM TRA", "Số 12-QĐ/UBKTTU",
            "Lâm Giang, ngày 24 tháng 11 năm 2026", "QUYẾT ĐỊNH", "kiểm tra khi có dấu hiệu vi phạm đối với Đảng bộ Sở Tài chính",
            List.of(Block.italic("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"), Block.centred("QUYẾT ĐỊNH:"),
                    Block.text("Điều 1. Kiểm tra đồng chí Nguyễn Thị Hương.\nDòng thứ hai."), Block.heading("2. Yêu cầu khắc phục")),
            List.of("- Như Điều 3,", "- Lưu hồ sơ KTDH-2026-000001."), new Signature("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Lê Văn Chủ"));

    @Test
    void the_docx_holds_every_part_of_the_layout_in_times_new_roman() {
        byte[] docx = DocxRenderer.render(doc);
        String text = GeneratedFiles.docxText(docx);
        assertThat(text).contains("ĐẢNG BỘ TỈNH LÂM GIANG", "ỦY BAN KIỂM TRA", "Số 12-QĐ/UBKTTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Lâm Giang, ngày 24 tháng 11 năm 2026", "QUYẾT ĐỊNH", "Nguyễn Thị Hương", "Nơi nhận:", "- Như Điều 3,",
                "T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Lê Văn Chủ");
        assertThat(new String(docx, 0, 2)).isEqualTo("PK");
        try (var opened = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            assertThat(opened.getParagraphs()).flatExtracting(p -> p.getRuns()).extracting(r -> r.getFontFamily())
                    .containsOnly("Times New Roman");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_pdf_embeds_a_font_subset_and_its_text_keeps_the_diacritics() {
        byte[] pdf = PdfRenderer.render(doc);
        String text = GeneratedFiles.pdfText(pdf);
        assertThat(text).contains("ĐẢNG BỘ TỈNH LÂM GIANG", "ỦY BAN KIỂM TRA", "Số 12-QĐ/UBKTTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Lâm Giang, ngày 24 tháng 11 năm 2026", "Nguyễn Thị Hương", "Nơi nhận:", "T/M ỦY BAN KIỂM TRA", "Lê Văn Chủ");
        // four subset fonts, not four whole font files (≈ 1.5 MB)
        assertThat(pdf.length).isLessThan(200_000);
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("LiberationSerif");
    }
}
