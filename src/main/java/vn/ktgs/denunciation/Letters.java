package vn.ktgs.denunciation;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.document.DocumentService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Organization;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.MailTemplates;
import vn.ktgs.reminder.OutboxMail;

/**
 * The letters a denunciation produces: the referral (hướng dẫn) when the competent body is outside KTGS, and the
 * result sent to the denouncer. The case documents never name the denouncer (everyone who may see the case sees
 * them): the name and address go only on the envelope, i.e. the mail to the denouncer's own address.
 */
@Component
class Letters {

    private final DocumentService documents;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final Clock clock;

    Letters(DocumentService documents, MailOutbox outbox, MailTemplates templates, Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.outbox = outbox;
        this.templates = templates;
    }

    /** The referral letter, drafted through the document registry (.docx and PDF, a number of the committee's CV series). */
    void referral(CaseFile c, String by) {
        documents.generate(c.getId(), DenunciationProcess.KEY, DenunciationDocuments.REFERRAL, Map.of(),
                VietnamTime.localDate(clock.instant()), by);
    }

    /**
     * The mail to the denouncer's own address, when they gave one. The result letter in the case file (no identity) is
     * drafted by the document registry as the step completes (denunciation/DenunciationDocuments).
     */
    boolean result(Denunciation d, CaseFile c, Organization committee, DenouncerIdentity identity, String summary) {
        if (identity.email() == null) {
            return false;
        }
        Map<String, Object> v = new HashMap<>();
        v.put("recipientName", identity.name());
        v.put("committee", committee.getCommitteeName());
        v.put("received", Formats.date(d.getReceivedOn()));
        v.put("accused", d.getAccusedName());
        v.put("conclusion", conclusionText(d.getConclusion()));
        v.put("summary", summary);
        v.put("caseNumber", c.getCaseNumber());
        // PROTECTED: the administrator's outbox masks the recipient and the body of this mail
        outbox.enqueue(OutboxMail.PROTECTED + "DENUNCIATION_RESULT:" + d.getId(), identity.email(), null,
                "[KTGS] Kết quả giải quyết tố cáo – " + c.getCaseNumber(), templates.render("denunciation-result", "vi", v));
        return true;
    }

    static String conclusionText(Conclusion conclusion) {
        if (conclusion == null) return "";
        return switch (conclusion) {
            case TRUE -> "đúng";
            case FALSE -> "sai";
            case PARTLY_TRUE -> "đúng một phần";
        };
    }
}
