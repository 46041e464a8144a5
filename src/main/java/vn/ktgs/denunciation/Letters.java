package vn.ktgs.denunciation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.base.ui.Formats;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.UploadedFile;
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

    static final String RESULT_KIND = "DENUNCIATION_RESULT";
    static final String REFERRAL_KIND = "DENUNCIATION_REFERRAL";

    private final CaseService cases;
    private final MailOutbox outbox;
    private final MailTemplates templates;

    Letters(CaseService cases, MailOutbox outbox, MailTemplates templates) {
        this.cases = cases;
        this.outbox = outbox;
        this.templates = templates;
    }

    void referral(Denunciation d, CaseFile c, Organization committee, String by) {
        String text = header(committee) + "\nV/v hướng dẫn người tố cáo\n\nKính gửi: Người gửi đơn tố cáo (theo địa chỉ ghi trên đơn)\n\n"
                + committee.getCommitteeName() + " đã nhận đơn tố cáo ngày " + Formats.date(d.getReceivedOn()) + " về " + d.getAccusedName()
                + ".\nNội dung đơn không thuộc thẩm quyền giải quyết của tổ chức đảng. Đề nghị người tố cáo gửi đơn đến "
                + d.getOutsideBody() + " để được xem xét, giải quyết theo quy định.\n\nHồ sơ: " + c.getCaseNumber() + "\n";
        cases.attachGenerated(c.getId(), new UploadedFile("huong-dan-nguoi-to-cao.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)),
                REFERRAL_KIND, null, "Referral", by);
    }

    /** The result letter as a case document (no identity) and, when the denouncer gave an e-mail, the mail to it. */
    boolean result(Denunciation d, CaseFile c, Organization committee, DenouncerIdentity identity, String summary, String by) {
        String text = header(committee) + "\nV/v thông báo kết quả giải quyết tố cáo\n\nKính gửi: Người tố cáo (theo địa chỉ đã xác nhận)\n\n"
                + committee.getCommitteeName() + " thông báo kết quả giải quyết đơn tố cáo nhận ngày " + Formats.date(d.getReceivedOn())
                + " về " + d.getAccusedName() + ": nội dung tố cáo " + conclusionText(d.getConclusion()) + ".\n\n" + summary
                + "\n\nHồ sơ: " + c.getCaseNumber() + "\n";
        cases.attachGenerated(c.getId(), new UploadedFile("thong-bao-ket-qua-giai-quyet-to-cao.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8)), RESULT_KIND, null, DenunciationProcess.TASK_SEND_RESULT, by);
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

    private static String header(Organization committee) {
        return "ĐẢNG CỘNG SẢN VIỆT NAM\n" + committee.getCommitteeName().toUpperCase() + "\nNgày "
                + Formats.date(BusinessCalendar.localDate(CaseService.now())) + "\n";
    }
}
