package vn.ktgs.organization;

/** Materialised org paths ("/TW/T01/X03/"): one place that knows their shape. */
public final class OrgPaths {

    private OrgPaths() {
    }

    /** The code of the organisation the path ends at: "/TW/T01/X03/" → "X03". */
    public static String lastCode(String path) {
        String[] parts = path.split("/");
        return parts[parts.length - 1];
    }
}
