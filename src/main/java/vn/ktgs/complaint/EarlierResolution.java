package vn.ktgs.complaint;

/**
 * What already happened to complaints about the same decision elsewhere (procedures.md §3): being resolved higher
 * up, or decided by a final level (the Central Inspection Commission for reprimand, warning, removal from post;
 * the Secretariat for expulsion decided at province and below).
 */
public enum EarlierResolution {
    NONE,
    /** Another, higher body is resolving a complaint about it now. */
    PENDING_HIGHER,
    /** A lower level decided a complaint about it: the member may complain further up. */
    DECIDED_LOWER,
    DECIDED_BY_CENTRAL_INSPECTION_COMMISSION,
    DECIDED_BY_SECRETARIAT
}
