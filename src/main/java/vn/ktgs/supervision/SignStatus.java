package vn.ktgs.supervision;

/** A sign waits for the standing members, then is turned into an inspection or dismissed with a reason. */
public enum SignStatus {
    AWAITING, INSPECTED, DISMISSED
}
