package vn.ktgs.casefile;

/** Why two cases are related; the page reads it from the side it is shown on (led to / came from). */
public enum CaseLinkKind {
    /** A thematic supervision whose signs of violation the chair turned into an inspection. */
    SUPERVISION_TO_INSPECTION,
    /** A sign of violation (its review case) turned into an inspection. */
    SIGN_TO_INSPECTION,
    /** A conclusion notice whose carrying-out the committee inspects (kiểm tra việc thực hiện kết luận). */
    NOTICE_TO_FOLLOWUP_INSPECTION
}
