package vn.ktgs.programme;

/** An annual programme (one year) or a full-term one (the congress term, e.g. 2025–2030). */
public enum ProgrammeKind {
    ANNUAL, TERM
}
