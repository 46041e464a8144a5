package vn.ktgs.remediation;

public enum ConclusionOutcome {
    NO_VIOLATION, SHORTCOMINGS, VIOLATION
}
