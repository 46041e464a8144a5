package vn.ktgs.reminder;

public enum MailStatus {
    PENDING, SENT, FAILED
}
