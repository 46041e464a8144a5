package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ktgs.document.OfficialDocument.Block;
import vn.ktgs.document.OfficialDocument.Signature;

/**
 * What drafting costs a step: the time to render a conclusion notice with {@code -Dktgs.bench.requirements}
 * requirements (default 10) as .docx (POI) and as PDF (OpenPDF, Liberation Serif subset), after a warm-up,
 * over {@code -Dktgs.bench.renders} renders each (default 200). Writes target/benchmarks/documents.json.
 * A benchmark, not a test: it asserts only that something was rendered, never a duration.
 */
@Tag("benchmark")
class DocumentRenderBenchmarkTest {

    private static final int REQUIREMENTS = Integer.getInteger("ktgs.bench.requirements", 10);
    private static final int RENDERS = Integer.getInteger("ktgs.bench.renders", 200);

    @Test
    void renders_a_conclusion_notice_in_both_formats() throws Exception {
        OfficialDocument notice = notice(REQUIREMENTS);
        String docx = measure("docx", notice, DocxRenderer::render);
        String pdf = measure("pdf", notice, PdfRenderer::render);
        String json = String.format(Locale.ROOT, "{\"requirements\":%d,\"renders\":%d,%s,%s}", REQUIREMENTS, RENDERS, docx, pdf);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "documents.json"), json);
        System.out.println("BENCH | documents | " + json);
    }

    private static String measure(String format, OfficialDocument doc, Function<OfficialDocument, byte[]> render) {
        int bytes = 0;
        for (int i = 0; i < 30; i++) {
            bytes = render.apply(doc).length;
        }
        double[] ms = new double[RENDERS];
        for (int i = 0; i < RENDERS; i++) {
            long t = System.nanoTime();
            bytes = render.apply(doc).length;
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        assertThat(bytes).isPositive();
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "\"%s\":{\"p50Ms\":%.1f,\"p95Ms\":%.1f,\"maxMs\":%.1f,\"bytes\":%d}", format,
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1], bytes);
    }

    private static OfficialDocument notice(int requirements) {
        List<Block> body = new ArrayList<>();
        body.add(Block.italic("Thực hiện Quyết định số 15-QĐ/UBKTTU ngày 02/02/2026 của Ủy ban Kiểm tra Tỉnh ủy,"));
        body.add(Block.heading("1. Ưu điểm"));
        body.add(Block.text("Ban Thường vụ Đảng ủy đã lãnh đạo, chỉ đạo thực hiện cơ bản đúng quy định về thu, chi ngân sách."));
        body.add(Block.heading("2. Khuyết điểm, vi phạm"));
        body.add(Block.text("Chi hội nghị sai quy định 45.000.000 đồng; trích nộp đảng phí thiếu 3.000.000 đồng."));
        body.add(Block.heading("3. Yêu cầu khắc phục"));
        for (int i = 1; i <= requirements; i++) {
            body.add(Block.text(i + ". Thu hồi, nộp lại khoản chi sai quy định thứ " + i
                    + " – Đảng ủy Sở Tài chính – hạn 30/06/2026."));
        }
        return new OfficialDocument("ĐẢNG BỘ TỈNH LÂM GIANG", "ỦY BAN KIỂM TRA", "Số 21-TB/UBKTTU",
                "Lâm Giang, ngày 24 tháng 11 năm 2026", "THÔNG BÁO KẾT LUẬN",
                "kiểm tra khi có dấu hiệu vi phạm đối với Đảng bộ Sở Tài chính", body,
                List.of("- Đảng ủy Sở Tài chính,", "- Thường trực Tỉnh ủy (để báo cáo),", "- Lưu hồ sơ KTDH-2026-000001."),
                new Signature("T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM", "Lê Văn Chủ"));
    }
}
