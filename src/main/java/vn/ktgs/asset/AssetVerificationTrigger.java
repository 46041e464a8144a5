package vn.ktgs.asset;

/** Why a member's asset and income declaration is verified (procedures.md §1i). */
public enum AssetVerificationTrigger {
    /** The annual random selection among those obliged to declare. */
    ANNUAL_SELECTION,
    /** A denunciation alleging an untruthful declaration. */
    DENUNCIATION,
    /** A sign of violation (e.g. an unexplained increase of 300 million đồng or more). */
    SIGN_OF_VIOLATION
}
