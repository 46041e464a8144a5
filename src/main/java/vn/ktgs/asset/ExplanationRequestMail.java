package vn.ktgs.asset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.Formats;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.MailTemplates;

/**
 * Mails the request for explanation to the declarant where the list knows an address: through the outbox, in the
 * step's transaction (nothing goes out if the step rolls back). The letter itself is the generated document.
 */
@Component
class ExplanationRequestMail {

    private final MailOutbox outbox;
    private final MailTemplates templates;

    ExplanationRequestMail(MailOutbox outbox, MailTemplates templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    /** One mail per request step (the task id makes the dedupe key); false when the outbox already had it. */
    boolean send(String taskId, CaseFile caseFile, String email, String questions, LocalDate due) {
        Map<String, Object> v = new HashMap<>();
        v.put("recipientName", caseFile.getSubjectName());
        v.put("caseNumber", caseFile.getCaseNumber());
        v.put("questions", questions);
        v.put("due", Formats.date(due));
        return outbox.enqueue("ASSET_EXPLANATION:" + taskId, email, null,
                "[KTGS] Yêu cầu giải trình về tài sản, thu nhập – " + caseFile.getCaseNumber(),
                templates.render("asset-explanation-request", "vi", v));
    }
}
