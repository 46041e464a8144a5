package vn.ktgs.denunciation;

/** How the letter reached the committee. */
public enum Channel {
    POST, HAND_DELIVERED, MAILBOX, FORWARDED
}
