package vn.ktgs.casefile;

import java.time.Instant;

/**
 * A case document without its content, for lists (the content is read only on download). {@code kind} is
 * {@link CaseDocument#UPLOADED} or a generated document's kind; {@code version} counts from 1 per file name.
 */
public record DocumentInfo(Long id, String fileName, String contentType, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt, String kind, int version, String number) {

    public boolean generated() {
        return !CaseDocument.UPLOADED.equals(kind);
    }
}
