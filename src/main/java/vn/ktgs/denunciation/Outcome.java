package vn.ktgs.denunciation;

/** What registration decided for a letter. */
public enum Outcome {
    /** Resolved here: the process runs in this committee. */
    RESOLVE,
    /** Not resolved (§4); the reasons are recorded. */
    NOT_RESOLVED,
    /** Anonymous (or fake-named) but specific: kept as information; may raise a sign of violation. */
    KEEP_AS_INFORMATION,
    /** Out of jurisdiction: sent to the competent committee in KTGS, which resolves it in its own case. */
    TRANSFERRED,
    /** The competent body is outside KTGS: answered with a referral letter. */
    REFERRED
}
