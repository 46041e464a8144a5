package vn.ktgs.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;

/**
 * Administrators change deadline rules: validated, audited, applied to new deadlines at once; open deadlines
 * move only through an explicit recompute whose preview shows what would move.
 */
@Service
@Transactional
public class DeadlineRuleEditor {

    public static final String AUDIT_SUBJECT = "deadline-rule";
    public static final Set<String> STARTS_FROM = Set.of("TASK_CREATED", "RECEIPT_DATE", "RECEIPT_OR_POSTMARK_DATE",
            "SUBJECT_REPORT_DATE", "DECISION_DATE", "VIOLATION_DATE");

    /** A rule change as entered. */
    public record Change(Integer amount, TimeUnit unit, String startsFrom, Integer maxExtensions, Integer extensionMaxDays,
                         Integer extensionDivisor) {
    }

    /** An open task whose due date the rule set, with the date it would get now. */
    public record Move(String taskId, String caseNumber, String taskName, Instant currentDue, Instant newDue) {
    }

    private final DeadlineRuleRepository rules;
    private final OpenTasksByRule openTasks;
    private final TaskService tasks;
    private final BusinessCalendar calendar;
    private final AuditTrail audit;
    private final DeadlineService deadlines;

    DeadlineRuleEditor(DeadlineRuleRepository rules, OpenTasksByRule openTasks, TaskService tasks,
                       BusinessCalendar calendar, AuditTrail audit, DeadlineService deadlines) {
        this.deadlines = deadlines;
        this.rules = rules;
        this.openTasks = openTasks;
        this.tasks = tasks;
        this.calendar = calendar;
        this.audit = audit;
    }

    public DeadlineRule change(KtgsUser user, long ruleId, Change change) {
        requireAdmin(user);
        List<FieldError> errors = validate(change);
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        DeadlineRule rule = rules.findById(ruleId).orElseThrow();
        deadlines.forgetRules();
        String before = rule.toString();
        rule.change(change.amount(), change.unit(), change.startsFrom(), change.maxExtensions(), change.extensionMaxDays(),
                change.extensionDivisor());
        audit.record(user.getUsername(), AUDIT_SUBJECT, "CHANGE", before + " → " + rule);
        return rule;
    }

    private static void requireAdmin(KtgsUser user) {
        if (!user.isEngineAdmin()) {
            throw new AccessDeniedException("only administrators change deadline rules");
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history() {
        return audit.of(AUDIT_SUBJECT);
    }

    static List<FieldError> validate(Change c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.amount() == null) errors.add(FieldError.of("amount", "required"));
        else if (c.amount() < 1 || c.amount() > 3650) errors.add(FieldError.of("amount", "range", 1, 3650));
        if (c.unit() == null) errors.add(FieldError.of("unit", "required"));
        if (c.startsFrom() == null || !STARTS_FROM.contains(c.startsFrom())) errors.add(FieldError.of("startsFrom", "option"));
        int maxExtensions = c.maxExtensions() == null ? 0 : c.maxExtensions();
        if (maxExtensions < 0 || maxExtensions > 5) errors.add(FieldError.of("maxExtensions", "range", 0, 5));
        if (c.extensionMaxDays() != null && (c.extensionMaxDays() < 1 || c.extensionMaxDays() > 365)) {
            errors.add(FieldError.of("extensionMaxDays", "range", 1, 365));
        }
        if (c.extensionDivisor() != null && (c.extensionDivisor() < 1 || c.extensionDivisor() > 10)) {
            errors.add(FieldError.of("extensionDivisor", "range", 1, 10));
        }
        if (maxExtensions > 0 && c.extensionMaxDays() == null && c.extensionDivisor() == null) {
            errors.add(FieldError.of("extensionMaxDays", "extensionLimitNeeded"));
        }
        return errors;
    }

    /** What a recompute would do: every open task this rule dated, counted again from when it started. */
    @Transactional(readOnly = true)
    public List<Move> preview(long ruleId) {
        DeadlineRule rule = rules.findById(ruleId).orElseThrow();
        List<Move> moves = new ArrayList<>();
        for (OpenTasksByRule.DatedTask task : openTasks.datedBy(ruleId)) {
            Instant newDue = calendar.deadline(task.createdAt(), rule.getAmount(), rule.getUnit());
            if (!newDue.equals(task.dueAt())) {
                moves.add(new Move(task.taskId(), task.caseNumber(), task.taskName(), task.dueAt(), newDue));
            }
        }
        return moves;
    }

    /** Applies the preview; each task's new date reaches the inbox through the engine's update event. */
    public int recompute(KtgsUser user, long ruleId) {
        requireAdmin(user);
        List<Move> moves = preview(ruleId);
        for (Move move : moves) {
            tasks.setDueDate(move.taskId(), Date.from(move.newDue()));
        }
        audit.record(user.getUsername(), AUDIT_SUBJECT, "RECOMPUTE", "rule " + ruleId + ": " + moves.size() + " open deadlines moved");
        return moves.size();
    }
}
