package vn.ktgs.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case document without its content, for lists (the content is read only on download). {@code kind} is
 * {@link CaseDocument#UPLOADED}, {@link CaseDocument#MINUTES} (with {@code meetingDate}) or a generated document's kind; {@code version} counts from 1 per file name.
 */
public record DocumentInfo(Long id, String fileName, String contentType, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt, String kind, int version, String number,
                           LocalDate meetingDate) {

    public boolean generated() {
        return !CaseDocument.UPLOADED.equals(kind) && !minutes();
    }

    public boolean minutes() {
        return CaseDocument.MINUTES.equals(kind);
    }
}
