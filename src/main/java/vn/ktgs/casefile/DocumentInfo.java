package vn.ktgs.casefile;

import java.time.Instant;

/** A case document without its content, for lists (the content is read only on download). */
public record DocumentInfo(Long id, String fileName, String contentType, long sizeBytes, String sha256,
                           String uploadedBy, Instant uploadedAt) {
}
