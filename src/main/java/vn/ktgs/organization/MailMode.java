package vn.ktgs.organization;

/** How a user gets reminders: one mail each, or one morning digest. */
public enum MailMode {
    IMMEDIATE, DIGEST
}
