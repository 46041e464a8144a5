package vn.ktgs.deadline;

public enum ExtensionStatus {
    REQUESTED, APPROVED, REFUSED,
    /** The step finished before the decision: nothing left to extend. */
    OBSOLETE
}
