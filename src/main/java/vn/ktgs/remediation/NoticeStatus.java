package vn.ktgs.remediation;

/** The province's measure (seed 004: > 90% remediated on time). */
public enum NoticeStatus {
    OPEN, REMEDIATED_ON_TIME, REMEDIATED_LATE
}
