package vn.ktgs.casefile;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Which files a party office may put into a case file: the usual office formats, each recognised by its
 * first bytes as well as by its name (an .exe renamed .pdf is refused), and no larger than
 * {@link CaseService#MAX_DOCUMENT_BYTES}. POI's {@link FileMagic} knows the signatures.
 */
public final class UploadPolicy {

    /** Extension → the signature its content must start with (.docx, .xlsx and .odt are all zip containers). */
    private static final Map<String, FileMagic> ALLOWED = Map.of(
            "pdf", FileMagic.PDF, "doc", FileMagic.OLE2, "xls", FileMagic.OLE2, "docx", FileMagic.OOXML,
            "xlsx", FileMagic.OOXML, "odt", FileMagic.OOXML, "jpg", FileMagic.JPEG, "jpeg", FileMagic.JPEG,
            "png", FileMagic.PNG);

    public static final String ALLOWED_LIST = ".pdf, .doc, .docx, .xls, .xlsx, .odt, .jpg, .jpeg, .png";

    /** Why a file is refused: a translation key suffix under {@code form.error.} and its arguments. */
    public record Refusal(String code, Object... args) {
    }

    private UploadPolicy() {
    }

    public static Optional<Refusal> check(UploadedFile file) {
        String extension = extension(file.fileName());
        FileMagic expected = ALLOWED.get(extension);
        if (expected == null) {
            return Optional.of(new Refusal("fileType", ALLOWED_LIST));
        }
        if (file.content().length > CaseService.MAX_DOCUMENT_BYTES) {
            return Optional.of(new Refusal("fileSize", CaseService.MAX_DOCUMENT_BYTES / (1024 * 1024)));
        }
        if (!startsAs(file.content(), expected)) {
            return Optional.of(new Refusal("fileContent", "." + extension));
        }
        return Optional.empty();
    }

    /**
     * POI knows only JFIF and Exif JPEGs; cameras and editors also start with other segments (ICC profile,
     * Adobe, comment), so a JPEG is any file opening with the start-of-image marker FF D8 FF.
     */
    private static boolean startsAs(byte[] content, FileMagic expected) {
        if (expected == FileMagic.JPEG) {
            return content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF;
        }
        return FileMagic.valueOf(content) == expected;
    }

    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
