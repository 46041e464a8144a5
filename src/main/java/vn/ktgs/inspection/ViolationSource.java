package vn.ktgs.inspection;

/** Where a sign of violation came from; kept so the share found by data analysis is measurable (seed 004). */
public enum ViolationSource {
    REGULAR_SUPERVISION, THEMATIC_SUPERVISION, DENUNCIATION, ANONYMOUS_LETTER, PRESS, DATA_ANALYSIS
}
