package vn.ktgs.remediation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CandidateGroups;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.MailTemplates;

/**
 * Tells the subject's contact persons that a plan or report came back, with the reason: through the mail
 * outbox, in the transaction that records the decision (nothing is sent if it rolls back).
 */
@Component
class ReturnedMail {

    private final UserDirectory users;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    ReturnedMail(UserDirectory users, MailOutbox outbox, MailTemplates templates, @Value("${ktgs.base-url}") String baseUrl) {
        this.users = users;
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    /** One mail per contact of the subject organisation; the task id makes the dedupe key unique per decision. */
    void send(String taskId, String subjectOrgCode, CaseFile caseFile, ConclusionNotice notice, RemediationRequirement requirement,
              ReportKind kind, String reason) {
        for (AppUser contact : users.membersOf(CandidateGroups.of(Role.CONTACT, subjectOrgCode))) {
            if (contact.getEmail() == null || contact.getEmail().isBlank()) {
                continue;
            }
            Map<String, Object> v = new HashMap<>();
            v.put("recipientName", contact.getFullName());
            v.put("kind", kind.name());
            v.put("seq", requirement == null ? null : requirement.getSeq());
            v.put("noticeNumber", notice.getNoticeNumber());
            v.put("reason", reason);
            v.put("caseNumber", caseFile.getCaseNumber());
            v.put("subjectName", caseFile.getSubjectName());
            v.put("requirement", requirement == null ? null : requirement.getContent());
            v.put("due", requirement == null ? null : Formats.date(requirement.getDueDate()));
            v.put("link", baseUrl + "/inbox");
            boolean english = "en".equals(contact.getLocale());
            String subject = (english ? "[KTGS] Returned: " : "[KTGS] Trả lại: ") + what(kind, requirement, english)
                    + (english ? " – notice " : " – thông báo ") + notice.getNoticeNumber();
            outbox.enqueue("REMEDIATION_RETURNED:" + taskId + ":" + contact.getUsername(), contact.getEmail(),
                    contact.getUsername(), subject, templates.render("remediation-returned", contact.getLocale(), v));
        }
    }

    private static String what(ReportKind kind, RemediationRequirement r, boolean english) {
        return switch (kind) {
            case PLAN -> english ? "remediation plan" : "kế hoạch khắc phục";
            case PROGRESS -> (english ? "progress report, requirement " : "báo cáo tiến độ yêu cầu số ") + r.getSeq();
            case COMPLETION -> (english ? "completion report, requirement " : "báo cáo hoàn thành yêu cầu số ") + r.getSeq();
        };
    }
}
