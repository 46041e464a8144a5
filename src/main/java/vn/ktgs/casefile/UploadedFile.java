package vn.ktgs.casefile;

/** A file as received from a form, before it becomes a {@link CaseDocument}. */
public record UploadedFile(String fileName, String contentType, byte[] content) {
}
