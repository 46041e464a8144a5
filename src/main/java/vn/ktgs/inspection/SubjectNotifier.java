package vn.ktgs.inspection;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CandidateGroups;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.reminder.MailOutbox;

/**
 * Tells the subject organisation's contact people that an inspection was decided and when their self-inspection
 * report is due: a mail in the outbox, written in the step's transaction, once per case and person.
 */
@Component
class SubjectNotifier {

    static final String DEDUPE_PREFIX = "INSPECTION_NOTIFIED:";

    private final UserDirectory users;
    private final MailOutbox outbox;
    private final CaseService cases;

    SubjectNotifier(UserDirectory users, MailOutbox outbox, CaseService cases) {
        this.users = users;
        this.outbox = outbox;
        this.cases = cases;
    }

    /** Returns how many people were told. */
    int notify(long caseId, String subjectOrg, String decision, LocalDate reportDue) {
        CaseFile c = cases.get(caseId);
        int told = 0;
        for (AppUser contact : users.membersOf(CandidateGroups.of(Role.CONTACT, subjectOrg))) {
            if (contact.getEmail() == null || contact.getEmail().isBlank()) {
                continue;
            }
            String subject = "[KTGS] Thông báo kiểm tra: " + c.getCaseNumber() + " – " + c.getTitle();
            String body = "Kính gửi " + contact.getFullName() + ",\n\n"
                    + (decision == null ? "" : decision + "\n")
                    + "Cuộc kiểm tra " + c.getCaseNumber() + " \"" + c.getTitle() + "\" đối với " + c.getSubjectName()
                    + " đã có kế hoạch. Đề nghị gửi báo cáo tự kiểm tra trước 17:00 ngày " + Formats.date(reportDue)
                    + " (mục Việc cần làm của KTGS).\n";
            if (outbox.enqueue(DEDUPE_PREFIX + caseId + ":" + contact.getUsername(), contact.getEmail(),
                    contact.getUsername(), subject, body)) {
                told++;
            }
        }
        return told;
    }
}
