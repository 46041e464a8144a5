package vn.ktgs.calendar;

import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.OrganizationService;

/**
 * Gives every new user task its due date from the deadline rule table, unless the model already set one
 * (e.g. the subject's report, whose date the team lead chooses). Runs in the engine's transaction.
 */
@Component
class TaskDeadlineListener {

    private final DeadlineService deadlines;
    private final OrganizationService organizations;
    private final DueDateNotes notes;
    private final Clock clock;
    /** A committee's level, read once per node: KTGS has no way to change an organisation's level. */
    private final Map<String, OrgLevel> levels = new ConcurrentHashMap<>();

    TaskDeadlineListener(DeadlineService deadlines, OrganizationService organizations, DueDateNotes notes, Clock clock) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.notes = notes;
    }

    @Order(1)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        if (task.getDueDate() != null) {
            Object rule = task.getVariable(CaseVariables.DUE_RULE);
            String text = rule != null ? rule.toString() : "Hạn do người dùng đặt trong quy trình";
            notes.put(task.getId(), new DueDateNotes.Note(text.length() > 300 ? text.substring(0, 299) + "…" : text, null));
            return;
        }
        String processKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Object committee = task.getVariable(CaseVariables.COMMITTEE_ORG);
        var level = committee == null ? null : levels.computeIfAbsent(committee.toString(), code -> organizations.byCode(code).getLevel());
        deadlines.ruleFor(processKey, task.getTaskDefinitionKey(), level).ifPresent(rule -> {
            task.setDueDate(Date.from(deadlines.dueDate(rule, clock.instant())));
            notes.put(task.getId(), new DueDateNotes.Note(rule.describe(), rule.getId()));
        });
    }
}
