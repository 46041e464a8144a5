package vn.ktgs.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The files a party office sends, recognised by name and by their first bytes. */
class UploadPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 6, 0};
    static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void a_files_fingerprint_is_its_sha256_in_hex() {
        assertThat(new UploadedFile("abc.txt", "text/plain", "abc".getBytes(StandardCharsets.US_ASCII)).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void office_documents_and_pictures_whose_content_matches_their_name_are_accepted() {
        assertThat(UploadPolicy.check(file("Bao cao.PDF", PDF))).isEmpty();
        assertThat(UploadPolicy.check(file("bien-ban.docx", ZIP))).isEmpty();
        assertThat(UploadPolicy.check(file("so-lieu.xlsx", ZIP))).isEmpty();
        assertThat(UploadPolicy.check(file("van-ban.odt", ZIP))).isEmpty();
        assertThat(UploadPolicy.check(file("cu.doc", OLE2))).isEmpty();
        assertThat(UploadPolicy.check(file("cu.xls", OLE2))).isEmpty();
        assertThat(UploadPolicy.check(file("anh.jpg", JPEG))).isEmpty();
        assertThat(UploadPolicy.check(file("anh.jpeg", JPEG))).isEmpty();
        assertThat(UploadPolicy.check(file("so-do.png", PNG))).isEmpty();
    }

    @Test
    void other_types_are_refused_by_name_and_a_renamed_program_by_its_content() {
        assertThat(UploadPolicy.check(file("cai-dat.exe", EXE))).get().extracting(UploadPolicy.Refusal::code).isEqualTo("fileType");
        assertThat(UploadPolicy.check(file("khong-duoi", PDF))).get().extracting(UploadPolicy.Refusal::code).isEqualTo("fileType");
        assertThat(UploadPolicy.check(file("trang.html", PDF))).get().extracting(UploadPolicy.Refusal::code).isEqualTo("fileType");
        assertThat(UploadPolicy.check(file("giai-trinh.pdf", EXE))).get()
                .satisfies(r -> assertThat(r.code()).isEqualTo("fileContent"))
                .satisfies(r -> assertThat(r.args()).containsExactly(".pdf"));
        assertThat(UploadPolicy.check(file("bao-cao.docx", PDF))).get().extracting(UploadPolicy.Refusal::code).isEqualTo("fileContent");
        assertThat(UploadPolicy.check(file("tiny.pdf", new byte[] {'%'}))).get().extracting(UploadPolicy.Refusal::code)
                .isEqualTo("fileContent");
    }

    @Test
    void a_file_over_the_limit_is_refused() {
        byte[] big = new byte[(int) CaseService.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(UploadPolicy.check(file("lon.pdf", big))).get()
                .satisfies(r -> assertThat(r.code()).isEqualTo("fileSize"))
                .satisfies(r -> assertThat(r.args()).containsExactly(15L));
        byte[] limit = new byte[(int) CaseService.MAX_DOCUMENT_BYTES];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        assertThat(UploadPolicy.check(file("vua.pdf", limit))).isEmpty();
    }

    private static UploadedFile file(String name, byte[] content) {
        return new UploadedFile(name, "application/octet-stream", content);
    }
}
