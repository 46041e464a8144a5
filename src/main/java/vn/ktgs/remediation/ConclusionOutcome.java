package vn.ktgs.remediation;

/** The committee's conclusion; {@code vietnamese} is how the timeline records it. */
public enum ConclusionOutcome {
    NO_VIOLATION("không có khuyết điểm, vi phạm"),
    SHORTCOMINGS("có khuyết điểm"),
    VIOLATION("có vi phạm");

    private final String vietnamese;

    ConclusionOutcome(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
