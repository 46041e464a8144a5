package vn.ktgs.tasklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.form.*;

/**
 * Claim, unclaim and complete a task through its Camunda form: validate, let the feature's
 * {@link StepHandler} write its rows, record the step on the case timeline, complete — one transaction.
 */
@Service
@Transactional
public class TaskWorkService {

    private final TaskService tasks;
    private final TaskForms forms;
    private final InboxService inbox;
    private final CaseService cases;
    private final List<StepHandler> handlers;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserDirectory users;
    private final List<StepDefaults> defaults;
    private final IdentityService identity;

    /** A step now open on a case: its name, the full name of who holds it (null: nobody took it yet), its deadline. */
    public record NextStep(String taskName, String assigneeName, Instant dueAt, String processKey, String taskKey) {

        /** The step's name in the reader's language. */
        public String name(Locale locale) {
            return ModelTexts.stepName(processKey, taskKey, taskName, locale);
        }
    }

    TaskWorkService(TaskService tasks, TaskForms forms, InboxService inbox, CaseService cases,
                    List<StepHandler> handlers, ObjectMapper json, ApplicationEventPublisher events, Clock clock, UserDirectory users,
                    List<StepDefaults> defaults, IdentityService identity) {
        this.defaults = defaults;
        this.identity = identity;
        this.clock = clock;
        this.users = users;
        this.tasks = tasks;
        this.forms = forms;
        this.inbox = inbox;
        this.cases = cases;
        this.handlers = handlers;
        this.json = json;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public InboxTask openTask(KtgsUser user, String taskId) {
        InboxTask task = inbox.find(taskId).orElseThrow(() -> new NoSuchElementException("task " + taskId));
        if (!InboxService.mayWork(user, task) && !InboxService.mayClaim(user, task)) {
            throw new AccessDeniedException("task " + taskId + " is not yours");
        }
        return task;
    }

    /** A person's full name (the username when unknown), e.g. the absent colleague a substitute works for. */
    @Transactional(readOnly = true)
    public String fullName(String username) {
        return users.fullNames(List.of(username)).getOrDefault(username, username);
    }

    @Transactional(readOnly = true)
    public FormDefinition form(KtgsUser user, String taskId) {
        return forms.of(openTask(user, taskId));
    }

    public void claim(KtgsUser user, String taskId) {
        InboxTask task = openTask(user, taskId);
        if (!InboxService.mayClaim(user, task)) {
            throw new AccessDeniedException("not a candidate");
        }
        asUser(user, () -> tasks.claim(taskId, user.getUsername()));
    }

    /**
     * The holder's follow-up date: the day the task comes back in view (the inbox's "follow-up day" filter), from today
     * on; null clears it. Camunda's own follow-up date, and the inbox's row, at 08:00 Vietnam time.
     */
    public void followUp(KtgsUser user, String taskId, LocalDate day) {
        InboxTask task = openTask(user, taskId);
        if (!InboxService.mayWork(user, task) || task.getAssignee() == null) {
            throw new AccessDeniedException("only the task's holder sets its follow-up date");
        }
        if (day != null && day.isBefore(VietnamTime.localDate(clock.instant()))) {
            throw FormValidationException.of("followUp", "notBeforeToday");
        }
        Instant at = day == null ? null : day.atTime(8, 0).atZone(VietnamTime.ZONE).toInstant();
        EngineUser.run(identity, user, () -> {
            Task engineTask = tasks.createTaskQuery().taskId(taskId).singleResult();
            engineTask.setFollowUpDate(at == null ? null : Date.from(at));
            tasks.saveTask(engineTask);
        });
        inbox.find(taskId).ifPresent(row -> row.setFollowUpAt(at)); // whether or not the engine told the projection
    }

    public void unclaim(KtgsUser user, String taskId) {
        InboxTask task = openTask(user, taskId);
        if (!user.getUsername().equals(task.getAssignee())) {
            throw new AccessDeniedException("not the assignee");
        }
        if (task.getCandidateGroups().isEmpty()) {
            // handed back, it would be offered to nobody and nobody could open it again
            throw new AccessDeniedException("task " + taskId + " was given to one person: there is no group to hand it back to");
        }
        asUser(user, () -> tasks.setAssignee(taskId, null));
    }

    /** What the task's form starts with: each feature's defaults for the step (a user's own draft is applied after). */
    @Transactional(readOnly = true)
    public Map<String, Object> startValues(KtgsUser user, String taskId) {
        InboxTask task = openTask(user, taskId);
        Map<String, Object> values = new LinkedHashMap<>();
        FormDefinition form = forms.of(task);
        defaults.forEach(d -> values.putAll(d.values(task, form)));
        return values;
    }

    /**
     * What waits on the case now, for a user who may see the case; null for one who may not (a subject's contact sees
     * only their own tasks, not who in the committee works on the case).
     */
    @Transactional(readOnly = true)
    public List<NextStep> nextSteps(KtgsUser user, long caseId) {
        if (!CaseService.canSee(user, cases.get(caseId))) {
            return null;
        }
        List<InboxTask> open = inbox.openTasksOfCase(caseId);
        Map<String, String> names = users.fullNames(open.stream().map(InboxTask::getAssignee).filter(Objects::nonNull).toList());
        return open.stream().sorted(Comparator.comparing(InboxTask::getDueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new NextStep(t.getTaskName(), t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()),
                        t.getDueAt(), t.getProcessKey(), t.getTaskKey())).toList();
    }

    /** Whether completing this task cannot be undone in KTGS (see {@link StepHandler#irreversible}). */
    @Transactional(readOnly = true)
    public boolean irreversible(KtgsUser user, String taskId) {
        InboxTask task = openTask(user, taskId);
        return handlerFor(task.getProcessKey(), task.getTaskKey()).irreversible(task.getTaskKey());
    }

    /** The errors completing the task with these values would meet; nothing is written (a confirmation comes first). */
    @Transactional(readOnly = true)
    public List<FieldError> check(KtgsUser user, String taskId, Map<String, Object> values) {
        InboxTask task = openTask(user, taskId);
        return errors(step(user, task, values), forms.of(task));
    }

    /** Completes the task with the form's values; on bad input throws {@link FormValidationException} and changes nothing. */
    public void complete(KtgsUser user, String taskId, Map<String, Object> values) {
        InboxTask task = openTask(user, taskId);
        if (!InboxService.mayWork(user, task)) {
            throw new AccessDeniedException("task " + taskId + " is claimed by someone else");
        }
        FormDefinition form = forms.of(task);
        StepContext step = step(user, task, values);
        List<FieldError> errors = errors(step, form);
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        StepHandler handler = handlerFor(task.getProcessKey(), task.getTaskKey());
        if (task.getAssignee() == null) {
            asUser(user, () -> tasks.claim(taskId, user.getUsername()));
        }
        attachFiles(step, form);
        StepResult result = handler.apply(step);
        Map<String, Object> recorded = new LinkedHashMap<>(values);
        recorded.putAll(result.recorded());
        long eventId = cases.recordStep(step.caseId(), user.getUsername(), step.taskKey(), step.taskName(), result.summary(), toJson(recorded));
        events.publishEvent(new StepCompleted(step, result, eventId));
        asUser(user, () -> tasks.complete(taskId, result.variables()));
    }

    private StepContext step(KtgsUser user, InboxTask task, Map<String, Object> values) {
        String taskId = task.getTaskId();
        return new StepContext(taskId, task.getCaseId(), task.getProcessInstanceId(), task.getProcessKey(),
                task.getTaskKey(), task.getTaskName(), user, values, VietnamTime.localDate(clock.instant()),
                () -> tasks.getVariables(taskId));
    }

    /** The form's rules, the role-limited fields, then the feature's own checks (only on values the form accepts). */
    private List<FieldError> errors(StepContext step, FormDefinition form) {
        List<FieldError> errors = new ArrayList<>(FormValidator.validate(form, step.values(), step.today()));
        errors.addAll(RoleLimitedFields.check(form, step.values(), step.user()));
        if (errors.isEmpty()) {
            errors.addAll(handlerFor(step.processKey(), step.taskKey()).check(step));
        }
        return errors;
    }

    /**
     * Runs an engine call as the user (Camunda's authenticated user): the history names who did it, and listeners can
     * tell a claim by the user from work handed to them by someone else.
     */
    private void asUser(KtgsUser user, Runnable engineCall) {
        EngineUser.run(identity, user, engineCall);
    }

    private void attachFiles(StepContext step, FormDefinition form) {
        for (FormField field : form.inputs()) {
            if ("filepicker".equals(field.type()) && step.values().get(field.key()) instanceof UploadedFile file) {
                cases.attach(step.caseId(), file, step.taskKey(), step.user().getUsername());
            }
        }
    }

    private StepHandler handlerFor(String processKey, String taskKey) {
        return handlers.stream().filter(h -> h.handles(processKey, taskKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for " + processKey + "/" + taskKey));
    }

    private String toJson(Map<String, Object> values) {
        Map<String, Object> printable = new LinkedHashMap<>();
        values.forEach((k, v) -> printable.put(k, v instanceof UploadedFile f ? f.fileName() : v));
        try {
            return json.writeValueAsString(printable);
        } catch (Exception e) {
            return printable.toString();
        }
    }
}
