package vn.ktgs.complaint;

/** Why a complaint is not accepted (procedures.md §3 "complaints not accepted"; QĐ 296 Art. 23, quiz). */
public enum InadmissibleReason {
    LATE, PENDING_HIGHER, FINAL_LEVEL, SENTENCED, ON_BEHALF, BEFORE_DECISION, REFUSED_DECISION, MOVED_ORGANIZATION;

    /** Translation key of the short label on the case page. */
    public String labelKey() {
        return "complaint.reason." + name();
    }
}
