package vn.ktgs.remediation;

/** The notice's remediation plan: awaited (null in older rows), submitted, returned, accepted. */
public enum PlanStatus {
    SUBMITTED, RETURNED, ACCEPTED
}
