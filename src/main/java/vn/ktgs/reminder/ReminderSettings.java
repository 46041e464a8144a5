package vn.ktgs.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reminder policy (until it becomes editable data): remind {@code daysBefore} working days ahead,
 * again when overdue, and escalate to the standing members after {@code escalateAfterDays} working days overdue.
 * {@code sweepCycle} is the ISO-8601 cycle of the reminder-sweep timer.
 */
@ConfigurationProperties("ktgs.reminder")
public record ReminderSettings(int daysBefore, int escalateAfterDays, String sweepCycle) {

    public String getSweepCycle() {
        return sweepCycle;
    }
}
