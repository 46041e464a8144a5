package vn.ktgs.casefile;

/** Why two cases are related; the page reads it from the side it is shown on (led to / came from). */
public enum CaseLinkKind {
    /** A thematic supervision whose signs of violation the chair turned into an inspection. */
    SUPERVISION_TO_INSPECTION,
    /** A sign of violation (its review case) turned into an inspection. */
    SIGN_TO_INSPECTION,
    /** A conclusion notice whose carrying-out the committee inspects (kiểm tra việc thực hiện kết luận). */
    NOTICE_TO_FOLLOWUP_INSPECTION,
    /** A body without authority proposes the discipline to the competent body, which gets its own case. */
    DISCIPLINE_PROPOSAL,
    /** A conclusion (denunciation, asset verification, inspection) that found discipline warranted. */
    CONCLUSION_TO_DISCIPLINE,
    /** A disciplinary complaint about the decision of a discipline case. */
    DISCIPLINE_TO_COMPLAINT,
    /** A denunciation letter transferred to the competent committee, which gets its own case. */
    DENUNCIATION_TRANSFER,
    /** A later letter about the same accused (repeat detection). */
    DENUNCIATION_REPEAT,
    /** A denunciation (or an anonymous letter kept as information) that led to an inspection. */
    DENUNCIATION_TO_INSPECTION,
    /** A denunciation about a declaration, or a sign of violation, that led to an asset verification. */
    TO_ASSET_VERIFICATION
}
