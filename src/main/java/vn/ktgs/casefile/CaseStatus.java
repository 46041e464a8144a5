package vn.ktgs.casefile;

public enum CaseStatus {
    PROPOSED, REJECTED, IN_PROGRESS, CONCLUDED, REMEDIATION, CLOSED
}
