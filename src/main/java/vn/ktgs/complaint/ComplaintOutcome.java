package vn.ktgs.complaint;

/** The committee's decision on an admissible complaint (quyết định giải quyết khiếu nại). */
public enum ComplaintOutcome {
    /** Giữ nguyên: the discipline stands. */
    UPHOLD,
    /** Thay đổi: another (lighter or heavier) form replaces it. */
    CHANGE,
    /** Xóa bỏ: the discipline is annulled. */
    ANNUL
}
