package vn.ktgs.remediation;

public enum RequirementStatus {
    OPEN, REPORTED, RETURNED, DONE
}
