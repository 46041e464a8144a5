package vn.ktgs.organization;

public enum MembershipStatus {
    FULL, PROBATIONARY
}
