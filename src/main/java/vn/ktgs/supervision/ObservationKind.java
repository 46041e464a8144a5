package vn.ktgs.supervision;

/** How an inspector observed (regular supervision, procedures.md §1e). */
public enum ObservationKind {
    MEETING, REPORT, PRESS, LETTER
}
