package vn.ktgs.calendar;

/** An administrator's change to one day: an extra day off, or a (usually Saturday) make-up working day. */
public enum AdjustmentKind {
    DAY_OFF, WORKING_DAY
}
