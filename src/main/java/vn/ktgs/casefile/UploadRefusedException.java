package vn.ktgs.casefile;

/** A file the {@link UploadPolicy} refuses; nothing was saved. The view translates {@code form.error.<code>}. */
public class UploadRefusedException extends RuntimeException {

    private final transient UploadPolicy.Refusal refusal;

    public UploadRefusedException(UploadPolicy.Refusal refusal) {
        super("document refused: " + refusal.code());
        this.refusal = refusal;
    }

    public UploadPolicy.Refusal refusal() {
        return refusal;
    }
}
