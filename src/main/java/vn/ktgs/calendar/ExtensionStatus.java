package vn.ktgs.calendar;

public enum ExtensionStatus {
    REQUESTED, APPROVED, REFUSED,
    /** The step finished before the decision: nothing left to extend. */
    OBSOLETE
}
