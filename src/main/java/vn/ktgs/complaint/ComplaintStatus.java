package vn.ktgs.complaint;

/** OPEN while being resolved (the only state that blocks a second complaint about the same decision). */
public enum ComplaintStatus {
    OPEN, NOT_ACCEPTED, RESOLVED
}
