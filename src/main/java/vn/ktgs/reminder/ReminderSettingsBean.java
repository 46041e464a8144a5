package vn.ktgs.reminder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the settings under the name the reminder-sweep BPMN's timer expression uses. */
@Configuration
class ReminderSettingsBean {

    @Bean(name = "reminderSettings", autowireCandidate = false)
    ReminderSettings reminderSettingsForBpmn(ReminderSettings settings) {
        return settings;
    }
}
