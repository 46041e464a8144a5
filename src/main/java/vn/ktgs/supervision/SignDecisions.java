package vn.ktgs.supervision;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * The chair's two buttons on the supervision page: they complete the sign's review task through the same
 * path as the inbox (access, form rules, timeline), so both places decide a sign the same way.
 */
@Service
@Transactional
public class SignDecisions {

    private static final Set<String> REVIEW_TASKS = Set.of(SignReviewProcess.TASK_REVIEW, SupervisionProcess.TASK_DECIDE_SIGNS);

    private final SignService signs;
    private final InboxService inbox;
    private final TaskWorkService work;

    SignDecisions(SignService signs, InboxService inbox, TaskWorkService work) {
        this.signs = signs;
        this.inbox = inbox;
        this.work = work;
    }

    /** One action: the sign becomes an inspection-violation case with its source, subject and content. */
    public void turnIntoCase(KtgsUser user, long signId) {
        complete(user, signId, Map.of("decision", "INSPECT"));
    }

    /** Dismissal needs a reason (FormValidationException on the field "reason" otherwise). */
    public void dismiss(KtgsUser user, long signId, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("decision", "DISMISS");
        values.put("reason", reason);
        complete(user, signId, values);
    }

    private void complete(KtgsUser user, long signId, Map<String, Object> values) {
        ViolationSign sign = signs.get(signId);
        if (sign.getStatus() != SignStatus.AWAITING) {
            throw new IllegalStateException("sign " + signId + " is already " + sign.getStatus());
        }
        InboxTask task = inbox.openTasksOfCase(sign.getReviewCaseId()).stream()
                .filter(t -> REVIEW_TASKS.contains(t.getTaskKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no open review of sign " + signId));
        work.complete(user, task.getTaskId(), values);
    }
}
