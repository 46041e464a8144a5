package vn.ktgs.remediation;

/** What the subject hands in: the plan (per notice), a progress report or the completion report (per requirement). */
public enum ReportKind {
    PLAN, PROGRESS, COMPLETION
}
