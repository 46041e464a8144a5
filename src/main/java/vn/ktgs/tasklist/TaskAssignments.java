package vn.ktgs.tasklist;

import java.util.*;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;

/**
 * Giving a task to someone else with a reason. Who may: the chair or a deputy chair of the committee that owns the
 * case, for anyone the step is offered to; the case's team lead, for the case's team. The new holder must be among
 * those the step is offered to (its candidate groups). Recorded on the case's timeline and in the audit trail; the new
 * holder is told as with any work given to them.
 */
@Service
@Transactional
public class TaskAssignments {

    static final int MAX_REASON = 500;

    private final InboxService inbox;
    private final CaseService cases;
    private final UserDirectory users;
    private final TaskService tasks;
    private final IdentityService identity;
    private final AuditTrail audit;

    TaskAssignments(InboxService inbox, CaseService cases, UserDirectory users, TaskService tasks, IdentityService identity, AuditTrail audit) {
        this.inbox = inbox;
        this.cases = cases;
        this.users = users;
        this.tasks = tasks;
        this.identity = identity;
        this.audit = audit;
    }

    /** Whether this user may give the task to someone else. */
    @Transactional(readOnly = true)
    public boolean mayReassign(KtgsUser user, InboxTask task) {
        return standing(user, cases.get(task.getCaseId())) || leadOf(user, cases.get(task.getCaseId()));
    }

    /** Whether the user may reassign any task at all (the inbox offers its bulk assignment). */
    public static boolean mayReassignSome(KtgsUser user) {
        return user.hasRole(Role.CHAIR) || user.hasRole(Role.DEPUTY_CHAIR) || user.hasRole(Role.TEAM_LEAD);
    }

    /** Who this user may give the task to, by full name, its current holder left out. */
    @Transactional(readOnly = true)
    public List<Option> candidates(KtgsUser user, String taskId) {
        InboxTask task = task(taskId);
        CaseFile c = cases.get(task.getCaseId());
        if (!mayReassign(user, task)) {
            return List.of();
        }
        Set<String> team = standing(user, c) ? null : team(c);
        Map<String, Option> found = new TreeMap<>();
        for (String group : task.getCandidateGroups()) {
            for (AppUser u : users.membersOf(group)) {
                if (!u.getUsername().equals(task.getAssignee()) && (team == null || team.contains(u.getUsername()))) {
                    found.putIfAbsent(u.getFullName() + " " + u.getUsername(), new Option(u.getFullName() + " (" + u.getUsername() + ")", u.getUsername()));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Gives the task to {@code to}; bad input (nobody chosen, no reason) throws {@link FormValidationException}. */
    public void reassign(KtgsUser user, String taskId, String to, String reason) {
        InboxTask task = task(taskId);
        if (!mayReassign(user, task)) {
            throw new AccessDeniedException("only the committee's standing members or the case's team lead reassign its tasks");
        }
        List<FieldError> errors = new ArrayList<>();
        if (to == null || to.isBlank()) {
            errors.add(FieldError.of("assignee", "required"));
        } else if (candidates(user, taskId).stream().noneMatch(o -> o.value().equals(to))) {
            errors.add(FieldError.of("assignee", "reassign.notCandidate"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(FieldError.of("reason", "required"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(FieldError.of("reason", "maxLength", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        String before = task.getAssignee();
        EngineUser.run(identity, user, () -> tasks.setAssignee(taskId, to));
        Map<String, String> names = users.fullNames(Arrays.asList(to, before));
        String summary = "Bước «" + task.getTaskName() + "» giao cho " + names.getOrDefault(to, to)
                + (before == null ? "" : " (trước đó: " + names.getOrDefault(before, before) + ")") + ". Lý do: " + reason.trim();
        cases.recordStep(task.getCaseId(), user.getUsername(), "Reassigned", "Giao lại việc", summary, null);
        audit.record(user.getUsername(), "case:" + task.getCaseId(), "task-reassigned",
                "task " + taskId + " from " + before + " to " + to + ": " + reason.trim());
    }

    private InboxTask task(String taskId) {
        return inbox.find(taskId).orElseThrow(() -> new NoSuchElementException("task " + taskId));
    }

    private static boolean standing(KtgsUser user, CaseFile c) {
        return c.getOwnerOrgId() != null && user.getGrants().stream()
                .anyMatch(g -> g.role().isStanding() && g.orgId() == c.getOwnerOrgId());
    }

    private static boolean leadOf(KtgsUser user, CaseFile c) {
        return user.getUsername().equals(c.getTeamLead()) && user.hasRole(Role.TEAM_LEAD);
    }

    private static Set<String> team(CaseFile c) {
        Set<String> team = new HashSet<>(c.getTeamMembers());
        if (c.getTeamLead() != null) {
            team.add(c.getTeamLead());
        }
        return team;
    }
}
