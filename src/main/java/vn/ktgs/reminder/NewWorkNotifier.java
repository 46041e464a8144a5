package vn.ktgs.reminder;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CandidateGroups;
import vn.ktgs.organization.MailMode;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;

/**
 * Tells people of work that is theirs the moment it is: a step given to one person (at its creation, or handed to
 * them by someone else), and a decision waiting for the chair or the standing members. A notification in the app, and
 * a mail at once for those who chose immediate mails (the others find it in the morning digest). Work offered to a
 * whole group of inspectors is not pushed: it waits in their inboxes. A subject's contacts are mailed by
 * {@link SubjectTaskMail}.
 */
@Component
class NewWorkNotifier {

    static final String ASSIGNED = "Được giao việc";
    static final String DECISION = "Chờ quyết định";

    private final UserDirectory users;
    private final CaseService cases;
    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Clock clock;
    private final String baseUrl;

    NewWorkNotifier(UserDirectory users, CaseService cases, NotificationRepository notifications, MailOutbox outbox,
                    MailTemplates templates, Clock clock, @Value("${ktgs.base-url}") String baseUrl) {
        this.users = users;
        this.cases = cases;
        this.notifications = notifications;
        this.outbox = outbox;
        this.templates = templates;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    // after the due date is set (TaskDeadlineListener 1, a feature's own 2)
    @Order(4)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_ASSIGNMENT + "'")
    public void on(DelegateTask task) {
        Object caseId = task.getVariable(CaseVariables.CASE_ID);
        if (caseId == null || task.getDueDate() == null) {
            return;
        }
        Map<String, AppUser> told = new LinkedHashMap<>();
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(actor(task))) { // claiming a task is not news to the one who claims it
                users.find(task.getAssignee()).ifPresent(u -> told.put(u.getUsername(), u));
            }
            tell(task, cases.get(((Number) caseId).longValue()), told, ASSIGNED);
            return;
        }
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getCandidates().stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null && decidesAlone(l.getGroupId()))
                    .flatMap(l -> users.membersOf(l.getGroupId()).stream()).forEach(u -> told.put(u.getUsername(), u));
            tell(task, cases.get(((Number) caseId).longValue()), told, DECISION);
        }
    }

    /** The chair's or the standing members' decisions: a small group, and work that holds the case until decided. */
    private static boolean decidesAlone(String group) {
        return group.startsWith(CandidateGroups.STANDING + ":") || group.startsWith(Role.CHAIR.name() + ":");
    }

    private void tell(DelegateTask task, CaseFile c, Map<String, AppUser> people, String label) {
        for (AppUser user : people.values()) {
            String key = "NEW_WORK:" + task.getId() + ":" + user.getUsername();
            if (notifications.existsByDedupeKey(key)) {
                continue;
            }
            notifications.save(new Notification(key, user.getUsername(), task.getId(), c.getId(), c.getCaseNumber(), label,
                    task.getName(), task.getDueDate().toInstant(), clock.instant()));
            if (user.getMailMode() == MailMode.IMMEDIATE && user.getEmail() != null && !user.getEmail().isBlank()) {
                boolean en = "en".equals(user.getLocale());
                Map<String, Object> v = new HashMap<>();
                v.put("recipientName", user.getFullName());
                v.put("label", en ? (label.equals(ASSIGNED) ? "Assigned to you" : "Waiting for your decision") : label);
                v.put("step", task.getName());
                v.put("caseNumber", c.getCaseNumber());
                v.put("subjectName", c.getSubjectName());
                v.put("due", Formats.dateTime(task.getDueDate().toInstant()));
                v.put("link", baseUrl + "/task/" + task.getId());
                outbox.enqueue(key, user.getEmail(), user.getUsername(), "[KTGS] " + v.get("label") + ": " + task.getName()
                        + (en ? " – case " : " – hồ sơ ") + c.getCaseNumber(), templates.render("new-work", user.getLocale(), v));
            }
        }
    }

    /** Who made the engine call (TaskWorkService runs them as the user); null for the engine's own work. */
    private static String actor(DelegateTask task) {
        var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }
}
