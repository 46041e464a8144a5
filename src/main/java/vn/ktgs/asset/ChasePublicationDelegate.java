package vn.ktgs.asset;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CandidateGroups;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.MailTemplates;

/**
 * The publication timer fired: the conclusion is not yet published at the workplace and its 5 days are over. Writes a
 * line on the case and mails the committee's team leads and chair (one mail per chase and person), so someone acts.
 */
@Component
class ChasePublicationDelegate implements JavaDelegate {

    private final AssetVerificationService verifications;
    private final CaseService cases;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final MailTemplates templates;

    ChasePublicationDelegate(AssetVerificationService verifications, CaseService cases, UserDirectory users, MailOutbox outbox,
                           MailTemplates templates) {
        this.verifications = verifications;
        this.cases = cases;
        this.users = users;
        this.outbox = outbox;
        this.templates = templates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(CaseVariables.CASE_ID)).longValue();
        String committee = (String) execution.getVariable(CaseVariables.COMMITTEE_ORG);
        AssetVerification v = verifications.byCase(caseId);
        if (v.getPublishedOn() != null) {
            return;
        }
        v.chased();
        CaseFile c = cases.get(caseId);
        String due = Formats.date(v.getPublicationDue());
        cases.recordStep(caseId, "system", execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                "Quá hạn công khai kết luận (hạn " + due + "): nhắc lần " + v.getChaseCount(), null);
        for (Role role : new Role[] {Role.TEAM_LEAD, Role.CHAIR}) {
            for (AppUser person : users.membersOf(CandidateGroups.of(role, committee))) {
                if (person.getEmail() == null || person.getEmail().isBlank()) {
                    continue;
                }
                Map<String, Object> values = new HashMap<>();
                values.put("recipientName", person.getFullName());
                values.put("caseNumber", c.getCaseNumber());
                values.put("subjectName", c.getSubjectName());
                values.put("due", due);
                values.put("chase", v.getChaseCount());
                boolean english = "en".equals(person.getLocale());
                outbox.enqueue("ASSET_PUBLICATION_OVERDUE:" + caseId + ":" + v.getChaseCount() + ":" + person.getUsername(),
                        person.getEmail(), person.getUsername(),
                        (english ? "[KTGS] Overdue: publish the asset verification conclusion – "
                                : "[KTGS] Quá hạn công khai kết luận xác minh tài sản – ") + c.getCaseNumber(),
                        templates.render("asset-publication-overdue", person.getLocale(), values));
            }
        }
    }
}
