package vn.ktgs.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.EarlierSteps;

/**
 * When a step waits for the subject organisation (its report, its remediation plan or report), its contact persons
 * are mailed: the step, the due date, what the committee wrote for them to follow (the plan, the outline), and the
 * link. Once per case, step and person: a step sent back is announced by its own mail, with the reason
 * (remediation's ReturnedMail), and the requirements' reports due together are announced by the first. Written to the
 * outbox in the engine's transaction; sent at once, whatever the contact's digest choice (a request to an outside
 * organisation is not a reminder).
 */
@Component
public class SubjectTaskMail {

    public static final String DEDUPE_PREFIX = "SUBJECT_TASK:";

    private final UserDirectory users;
    private final CaseService cases;
    private final EarlierSteps earlier;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    SubjectTaskMail(UserDirectory users, CaseService cases, EarlierSteps earlier, MailOutbox outbox, MailTemplates templates,
                    @Value("${ktgs.base-url}") String baseUrl) {
        this.users = users;
        this.cases = cases;
        this.earlier = earlier;
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    // after the due date is set (TaskDeadlineListener 1, a feature's own 2)
    @Order(4)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        Object caseId = task.getVariable(CaseVariables.CASE_ID);
        if (caseId == null) {
            return;
        }
        String contactPrefix = Role.CONTACT.name() + ":";
        List<String> subjectGroups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null && l.getGroupId().startsWith(contactPrefix))
                .map(l -> l.getGroupId()).toList();
        if (subjectGroups.isEmpty()) {
            return;
        }
        CaseFile c = cases.get(((Number) caseId).longValue());
        for (String group : subjectGroups) {
            for (AppUser contact : users.membersOf(group)) {
                if (contact.getEmail() != null && !contact.getEmail().isBlank()) {
                    mail(task, c, contact, group.substring(contactPrefix.length()));
                }
            }
        }
    }

    private void mail(DelegateTask task, CaseFile c, AppUser contact, String subjectOrg) {
        Map<String, Object> v = new HashMap<>();
        v.put("recipientName", contact.getFullName());
        v.put("subjectName", c.getSubjectName());
        v.put("stepName", task.getName());
        v.put("caseNumber", c.getCaseNumber());
        v.put("caseTitle", c.getTitle());
        v.put("due", task.getDueDate() == null ? null : Formats.date(task.getDueDate().toInstant()));
        v.put("lines", toFollow(users.loadUserByUsername(contact.getUsername()), c));
        v.put("link", baseUrl + "/task/" + task.getId());
        boolean english = "en".equals(contact.getLocale());
        String subject = (english ? "[KTGS] Requested: " : "[KTGS] Đề nghị thực hiện: ") + task.getName() + " – " + c.getCaseNumber();
        outbox.enqueue(DEDUPE_PREFIX + c.getId() + ":" + task.getTaskDefinitionKey() + ":" + subjectOrg + ":" + contact.getUsername(),
                contact.getEmail(), contact.getUsername(), subject, templates.render("subject-task", contact.getLocale(), v));
    }

    /** What the committee addressed to the subject at its latest step that addressed anything (the plan, the outline). */
    private List<String> toFollow(KtgsUser contact, CaseFile c) {
        List<String> lines = new ArrayList<>();
        earlier.of(contact, c.getId()).stream().filter(s -> !s.lines().isEmpty()).findFirst()
                .ifPresent(s -> s.lines().forEach(l -> lines.add(l.value() == null ? l.label() : l.label() + ": " + l.value())));
        return lines;
    }
}
