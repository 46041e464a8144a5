package vn.ktgs.denunciation;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.deadline.ExtensionStatus;

/**
 * Every step of a denunciation is due on the case's deadline (90 / 180 days from the postmark or receipt, rule
 * {@code denunciation}), not on a period from the step's own start. Runs after TaskDeadlineListener, which found the
 * rule (so the step shows it and the team lead can ask for the rule's one extension); an approved extension moves the
 * deadline of the steps that follow too.
 */
@Component
class DenunciationDeadlineListener {

    private final DenunciationRepository denunciations;
    private final ExtensionService extensions;

    DenunciationDeadlineListener(DenunciationRepository denunciations, ExtensionService extensions) {
        this.denunciations = denunciations;
        this.extensions = extensions;
    }

    @Order(2)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        Object id = task.getVariable(DenunciationProcess.DENUNCIATION_ID);
        if (id == null) {
            return;
        }
        denunciations.findById(((Number) id).longValue()).filter(d -> d.getDueAt() != null).ifPresent(d -> {
            Instant due = d.getDueAt();
            for (var e : extensions.ofCase(d.getCaseId())) {
                if (e.getStatus() == ExtensionStatus.APPROVED && e.getNewDue() != null && e.getNewDue().isAfter(due)) {
                    due = e.getNewDue();
                }
            }
            task.setDueDate(Date.from(due));
        });
    }
}
