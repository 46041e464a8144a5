package vn.ktgs.reminder;

/** Who a reminder policy writes to. */
public enum Recipients {
    /** The assignee, or everyone who may claim the task while nobody has. */
    ACTORS,
    /** The team leads of the committee that owns the case. */
    TEAM_LEAD,
    /** The chair and deputy chairs of that committee. */
    STANDING
}
