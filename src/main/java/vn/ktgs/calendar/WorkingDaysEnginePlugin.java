package vn.ktgs.calendar;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers KTGS's working-day calendar in the engine, so timers and {@code camunda:dueDate} in the
 * models count like the deadline rules: {@code P5WD} is the end (17:00 Vietnam time) of the fifth
 * working day after the start, never 5×24 hours. Every other expression keeps Camunda's meaning.
 */
@Component
class WorkingDaysEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Pattern WORKING_DAYS = Pattern.compile("^P(\\d+)WD$", Pattern.CASE_INSENSITIVE);

    private final ObjectProvider<BusinessCalendar> calendar;

    WorkingDaysEnginePlugin(ObjectProvider<BusinessCalendar> calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new WorkingDaysAware(new DurationBusinessCalendar()));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new WorkingDaysAware(new DueDateBusinessCalendar()));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }

    /** Understands {@code PnWD}; hands everything else to Camunda's own calendar. */
    private final class WorkingDaysAware implements org.camunda.bpm.engine.impl.calendar.BusinessCalendar {
        private final org.camunda.bpm.engine.impl.calendar.BusinessCalendar standard;

        WorkingDaysAware(org.camunda.bpm.engine.impl.calendar.BusinessCalendar standard) {
            this.standard = standard;
        }

        @Override
        public Date resolveDuedate(String description) {
            return resolveDuedate(description, (Date) null);
        }

        @Override
        public Date resolveDuedate(String description, Date startDate) {
            Matcher workingDays = WORKING_DAYS.matcher(description.trim());
            if (!workingDays.matches()) {
                return startDate == null ? standard.resolveDuedate(description) : standard.resolveDuedate(description, startDate);
            }
            Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
            return Date.from(calendar.getObject().deadline(start.toInstant(), Integer.parseInt(workingDays.group(1)),
                    TimeUnit.WORKING_DAYS));
        }

        @Override
        public Date resolveDuedate(String description, Task task) {
            return resolveDuedate(description, (Date) null);
        }
    }
}
