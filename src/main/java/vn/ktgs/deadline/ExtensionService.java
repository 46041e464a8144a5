package vn.ktgs.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.*;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.calendar.DeadlineRule;
import vn.ktgs.calendar.DeadlineRuleRepository;
import vn.ktgs.calendar.TimeUnit;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrgPaths;
import vn.ktgs.organization.Role;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.InboxTaskRepository;

/**
 * Extensions of a step's deadline (issue #3): the team lead asks within the rule's extension policy,
 * the committee's standing members decide in their inbox (process {@code deadline-extension}).
 */
@Service
@Transactional
public class ExtensionService {

    public static final String PROCESS_KEY = "deadline-extension";
    public static final String EXTENSION_ID = "extensionId";

    private final DeadlineExtensionRepository extensions;
    private final DeadlineRuleRepository rules;
    private final InboxTaskRepository openTasks;
    private final CaseService cases;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final BusinessCalendar calendar;
    private final Clock clock;

    ExtensionService(DeadlineExtensionRepository extensions, DeadlineRuleRepository rules, InboxTaskRepository openTasks,
                     CaseService cases, RuntimeService runtime, TaskService tasks, BusinessCalendar calendar, Clock clock) {
        this.clock = clock;
        this.extensions = extensions;
        this.rules = rules;
        this.openTasks = openTasks;
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    /** The rule behind the task's due date, when it still allows an extension. */
    @Transactional(readOnly = true)
    public Optional<DeadlineRule> extensible(String taskId) {
        InboxTask task = openTasks.findById(taskId).orElse(null);
        if (task == null || task.getDueRuleId() == null || task.getProcessKey().equals(PROCESS_KEY)) {
            return Optional.empty();
        }
        DeadlineRule rule = rules.findById(task.getDueRuleId()).orElse(null);
        if (rule == null) {
            return Optional.empty();
        }
        List<DeadlineExtension> earlier = extensions.findByTaskId(taskId);
        boolean pending = earlier.stream().anyMatch(e -> e.getStatus() == ExtensionStatus.REQUESTED);
        long granted = earlier.stream().filter(e -> e.getStatus() == ExtensionStatus.APPROVED).count();
        return !pending && granted < rule.getMaxExtensions() ? Optional.of(rule) : Optional.empty();
    }

    /** The most the rule allows for one extension, in the rule's unit. */
    public static int maxAmount(DeadlineRule rule) {
        int max = Integer.MAX_VALUE;
        if (rule.getExtensionMaxDays() != null) max = Math.min(max, rule.getExtensionMaxDays());
        if (rule.getExtensionDivisor() != null) max = Math.min(max, rule.getAmount() / rule.getExtensionDivisor());
        return max;
    }

    public DeadlineExtension request(KtgsUser user, String taskId, Integer amount, String reason) {
        InboxTask task = openTasks.findById(taskId).orElseThrow(() -> new NoSuchElementException("task " + taskId));
        CaseFile c = cases.get(task.getCaseId());
        String committee = OrgPaths.lastCode(c.getOwnerOrgPath());
        boolean teamLead = user.getGrants().stream().anyMatch(g -> g.role() == Role.TEAM_LEAD && g.orgCode().equals(committee));
        if (!teamLead) {
            throw new AccessDeniedException("only the committee's team leads request extensions");
        }
        DeadlineRule rule = extensible(taskId).orElseThrow(() -> FormValidationException.of("amount", "notExtensible"));
        List<FieldError> errors = new ArrayList<>();
        if (amount == null) errors.add(FieldError.of("amount", "required"));
        else if (amount < 1 || amount > maxAmount(rule)) errors.add(FieldError.of("amount", "range", 1, maxAmount(rule)));
        if (reason == null || reason.isBlank()) errors.add(FieldError.of("reason", "required"));
        else if (reason.length() > 2000) errors.add(FieldError.of("reason", "maxLength", 2000));
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        DeadlineExtension extension = extensions.saveAndFlush(new DeadlineExtension(c.getId(), taskId, task.getTaskName(),
                rule.getId(), amount, rule.getUnit(), reason.trim(), user.getUsername(), clock.instant(), task.getDueAt()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, c.getId());
        variables.put(CaseVariables.COMMITTEE_ORG, committee);
        variables.put(EXTENSION_ID, extension.getId());
        runtime.startProcessInstanceByKey(PROCESS_KEY, c.getCaseNumber(), variables);
        cases.recordStep(c.getId(), user.getUsername(), "StartEvent_ExtensionRequested", "Xin gia hạn",
                "Xin gia hạn bước \"" + task.getTaskName() + "\" thêm " + amount + " " + unitText(rule.getUnit()) + ": " + reason.trim(), null);
        return extension;
    }

    /** Called by the decision step: approve moves the step's due date on the business calendar. */
    public String decide(long extensionId, boolean approve, String decidedBy, String comment) {
        DeadlineExtension extension = extensions.findById(extensionId).orElseThrow();
        Instant now = clock.instant();
        boolean stillOpen = tasks.createTaskQuery().taskId(extension.getTaskId()).count() == 1;
        if (!stillOpen) {
            extension.decide(ExtensionStatus.OBSOLETE, null, decidedBy, comment, now);
            return "Bước \"" + extension.getTaskName() + "\" đã hoàn thành trước khi quyết định gia hạn";
        }
        if (!approve) {
            extension.decide(ExtensionStatus.REFUSED, null, decidedBy, comment, now);
            return "Không đồng ý gia hạn bước \"" + extension.getTaskName() + "\": " + comment;
        }
        Instant newDue = calendar.deadline(extension.getOldDue(), extension.getAmount(), extension.getUnit());
        tasks.setDueDate(extension.getTaskId(), Date.from(newDue));
        extension.decide(ExtensionStatus.APPROVED, newDue, decidedBy, comment, now);
        return "Đồng ý gia hạn bước \"" + extension.getTaskName() + "\" thêm " + extension.getAmount() + " "
                + unitText(extension.getUnit()) + ", hạn mới " + Formats.dateTime(newDue);
    }

    @Transactional(readOnly = true)
    public DeadlineExtension get(long extensionId) {
        return extensions.findById(extensionId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<DeadlineExtension> ofCase(long caseId) {
        return extensions.findByCaseIdOrderByRequestedAtAscIdAsc(caseId);
    }

    static String unitText(TimeUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> "ngày làm việc";
            case CALENDAR_DAYS -> "ngày";
            case MONTHS -> "tháng";
            case YEARS -> "năm";
        };
    }
}
