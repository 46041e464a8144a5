package vn.ktgs.discipline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CandidateGroups;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.reminder.MailOutbox;

/**
 * The appeal window ended: the owning committee's chair learns that the decision stands unappealed in KTGS and the
 * case closes (a complaint filed on paper is registered as a discipline-complaint case). A mail per chair, once.
 */
@Component("appealWindowClosedDelegate")
class NotifyAppealWindowClosedDelegate implements JavaDelegate {

    static final String DEDUPE_PREFIX = "DISCIPLINE_APPEAL_CLOSED:";

    private final CaseService cases;
    private final DisciplineReviews reviews;
    private final UserDirectory users;
    private final MailOutbox outbox;

    NotifyAppealWindowClosedDelegate(CaseService cases, DisciplineReviews reviews, UserDirectory users, MailOutbox outbox) {
        this.cases = cases;
        this.reviews = reviews;
        this.users = users;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(CaseVariables.CASE_ID)).longValue();
        CaseFile c = cases.get(caseId);
        DisciplineReview review = reviews.ofCase(caseId).orElseThrow();
        String committee = (String) execution.getVariable(CaseVariables.COMMITTEE_ORG);
        for (AppUser chair : users.membersOf(CandidateGroups.of(Role.CHAIR, committee))) {
            if (chair.getEmail() == null || chair.getEmail().isBlank()) {
                continue;
            }
            outbox.enqueue(DEDUPE_PREFIX + caseId + ":" + chair.getUsername(), chair.getEmail(), chair.getUsername(),
                    "[KTGS] Hết thời hạn khiếu nại: " + c.getCaseNumber() + " – " + c.getSubjectName(),
                    "Kính gửi " + chair.getFullName() + ",\n\nThời hạn khiếu nại Quyết định kỷ luật số " + review.getDecisionNumber()
                            + " (" + Vietnamese.text(review.getOutcomeForm().labelKey()).toLowerCase() + ") đối với " + c.getSubjectName()
                            + " đã hết. Hồ sơ " + c.getCaseNumber() + " được đóng.\n");
        }
    }
}
