package vn.ktgs.tasklist;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.DueDateNotes;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.UserDirectory;

/** Keeps {@link InboxTask} in step with the engine, inside the engine's own transaction. */
@Component
class TaskProjectionListener {

    private final InboxTaskRepository inbox;
    private final CaseService cases;
    private final DueDateNotes dueDates;
    private final Clock clock;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final List<TaskDetail> details;

    TaskProjectionListener(InboxTaskRepository inbox, CaseService cases, DueDateNotes dueDates, Clock clock, UserDirectory users,
                           ApplicationEventPublisher events, List<TaskDetail> details) {
        this.details = details;
        this.events = events;
        this.users = users;
        this.clock = clock;
        this.inbox = inbox;
        this.cases = cases;
        this.dueDates = dueDates;
    }

    // after every listener that sets a due date (1: the rule table, 2: a feature's own, e.g. denunciation)
    @Order(3)
    @EventListener
    public void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> updated(task);
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> removed(task);
            default -> { }
        }
    }

    private void created(DelegateTask task) {
        Optional<DueDateNotes.Note> note = dueDates.take(task.getId());
        Object caseId = task.getVariable(CaseVariables.CASE_ID);
        if (caseId == null) {
            return; // not a case process: it has no place in a case inbox
        }
        CaseFile c = cases.get(((Number) caseId).longValue());
        String processKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        InboxTask row = new InboxTask(task.getId(), task.getProcessInstanceId(), c.getId(), c.getCaseNumber(),
                c.getSubjectName(), c.getOwnerOrgPath(), processKey, task.getTaskDefinitionKey(), task.getName(),
                clock.instant());
        row.setAssignee(task.getAssignee());
        row.setProcessDefinitionId(task.getProcessDefinitionId());
        row.setDueAt(task.getDueDate() == null ? null : task.getDueDate().toInstant());
        row.setFollowUpAt(task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant());
        note.ifPresent(n -> {
            row.setDueRule(n.rule());
            row.setDueRuleId(n.ruleId());
        });
        task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .forEach(link -> row.getCandidateGroups().add(link.getGroupId()));
        details.stream().map(d -> d.of(task)).flatMap(Optional::stream).findFirst().ifPresent(row::setDetail);
        row.index(c.getTitle(), nameOf(task.getAssignee()));
        inbox.save(row);
        changed(row, null);
    }

    /**
     * A row created in this same transaction is still "new" until the flush, and Spring Data's delete silently
     * skips new entities: a task created and completed in one transaction (a batch, a step that runs on) would
     * stay in the inbox for ever. So the row is marked stored before it is deleted.
     */
    private void removed(DelegateTask task) {
        inbox.findById(task.getId()).ifPresent(row -> {
            row.stored();
            inbox.delete(row);
            changed(row, null);
        });
    }

        private void updated(DelegateTask task) {
        inbox.findById(task.getId()).ifPresent(row -> {
            boolean reindex = !Objects.equals(row.getAssignee(), task.getAssignee()) || !Objects.equals(row.getTaskName(), task.getName());
            String before = row.getAssignee();
            row.setAssignee(task.getAssignee());
            row.setDueAt(task.getDueDate() == null ? null : task.getDueDate().toInstant());
            row.setFollowUpAt(task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant());
            row.setTaskName(task.getName());
            if (reindex) {
                row.index(cases.get(row.getCaseId()).getTitle(), nameOf(task.getAssignee()));
                changed(row, before);
            }
        });
    }

    /** Tells the open inboxes of whoever held, holds or may take the task (after the commit, LiveInboxes). */
    private void changed(InboxTask row, String formerAssignee) {
        Set<String> people = new HashSet<>();
        if (row.getAssignee() != null) people.add(row.getAssignee());
        if (formerAssignee != null) people.add(formerAssignee);
        events.publishEvent(new InboxChanged(people, Set.copyOf(row.getCandidateGroups())));
    }

    private String nameOf(String username) {
        return username == null ? null : users.fullNames(List.of(username)).get(username);
    }
}
