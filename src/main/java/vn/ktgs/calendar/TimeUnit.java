package vn.ktgs.calendar;

/** How a deadline rule counts. "P5D" in working days is five working days, never 120 hours. */
public enum TimeUnit {
    WORKING_DAYS, CALENDAR_DAYS, MONTHS,
    /** Statutes of limitation (5 or 10 years). */
    YEARS
}
