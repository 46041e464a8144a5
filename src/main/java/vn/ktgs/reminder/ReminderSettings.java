package vn.ktgs.reminder;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timer cycles of the reminder processes (ISO-8601 cycle or cron), read when the models are deployed.
 * The policy itself (when, to whom) is data: table {@code reminder_policy}.
 */
@ConfigurationProperties("ktgs.reminder")
public record ReminderSettings(String sweepCycle, String digestCycle) {

    public String getSweepCycle() {
        return sweepCycle;
    }

    public String getDigestCycle() {
        return digestCycle;
    }
}
