package vn.ktgs.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file as received from a form, before it becomes a {@link CaseDocument}. */
public record UploadedFile(String fileName, String contentType, byte[] content) {

    /** The content's SHA-256 in lower-case hex, the fingerprint kept beside every stored file. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
