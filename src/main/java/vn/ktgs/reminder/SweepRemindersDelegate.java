package vn.ktgs.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Run by the reminder-sweep timer on Camunda's job executor: once per cycle across all nodes. */
@Component
class SweepRemindersDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SweepRemindersDelegate.class);

    private final ReminderSweep sweep;

    SweepRemindersDelegate(ReminderSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int queued = sweep.sweep();
        if (queued > 0) {
            log.info("Reminder sweep queued {} mails", queued);
        }
    }
}
