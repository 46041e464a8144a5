package vn.ktgs.reminder;

public enum ReminderKind {
    DUE_SOON, OVERDUE, ESCALATION
}
