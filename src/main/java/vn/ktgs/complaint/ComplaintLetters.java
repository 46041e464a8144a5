package vn.ktgs.complaint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.MailTemplates;

/**
 * Writes the letters' facts and mails them to the complainant through the outbox, in the transaction of the step
 * (nothing goes out if it rolls back). Without an e-mail address the letter goes by post: the timeline says so.
 */
@Component
@Transactional
public class ComplaintLetters {

    /** The three mails: the reasoned reply, the acceptance, the decision. */
    enum Kind { REPLY, ACCEPTED, DECISION }

    private final ComplaintRepository complaints;
    private final DisciplineRecords records;
    private final OrganizationService organizations;
    private final CaseService cases;
    private final MailOutbox outbox;
    private final MailTemplates templates;

    ComplaintLetters(ComplaintRepository complaints, DisciplineRecords records, OrganizationService organizations, CaseService cases,
                     MailOutbox outbox, MailTemplates templates) {
        this.complaints = complaints;
        this.records = records;
        this.organizations = organizations;
        this.cases = cases;
        this.outbox = outbox;
        this.templates = templates;
    }

    /** The letter of a complaint case (for its documents). */
    @Transactional(readOnly = true)
    public ComplaintLetter of(long caseId) {
        return letter(complaints.findByCaseId(caseId).orElseThrow());
    }

    ComplaintLetter letter(Complaint c) {
        DisciplineRecord record = records.get(c.getDisciplineRecordId()).orElseThrow();
        PartyMember complainant = organizations.memberById(c.getComplainantMemberId());
        List<String> reasons = ComplaintWording.reasonSentences(c, record.getForm());
        String note = c.getResolutionReason();
        if (reasons.isEmpty() && c.getStatus() == ComplaintStatus.NOT_ACCEPTED && note != null) {
            reasons = List.of(note); // the standing board's own reason is the reason
            note = null;
        }
        return new ComplaintLetter(cases.get(c.getCaseId()).getCaseNumber(), complainant.getFullName(), record.getDecisionNumber(),
                organizations.byId(record.getDecidedByOrgId()).getName(), record.getForm(), ComplaintWording.date(record.getDecidedOn()),
                c.getSentOn() != null, ComplaintWording.date(c.getSentOn() != null ? c.getSentOn() : c.getFiledOn()),
                cases.get(c.getCaseId()).getContent(),
                reasons, note, c.isAlsoDenounces(),
                c.getOutcome() == null ? null : ComplaintWording.outcomeSentence(c, record.getForm()), c.getResolutionNumber(),
                ComplaintWording.date(c.getDueOn()), c.getReplyEmail(), c.getReplyAddress());
    }

    /** Queues the mail; answers the line the timeline adds about how the letter reaches the complainant. */
    String send(Complaint c, Kind kind) {
        ComplaintLetter letter = letter(c);
        if (c.getReplyEmail() == null) {
            return "gửi văn bản qua bưu điện: " + c.getReplyAddress();
        }
        Map<String, Object> v = new HashMap<>();
        v.put("recipientName", letter.complainantName());
        v.put("caseNumber", letter.caseNumber());
        v.put("decisionNumber", letter.decisionNumber());
        v.put("decidingOrg", letter.decidingOrgName());
        v.put("form", letter.formName());
        v.put("letterDate", letter.letterDate());
        v.put("letterDateEn", letter.letterDateEn());
        v.put("reasons", letter.reasons());
        v.put("note", letter.note());
        v.put("denounceSeparately", letter.denounceSeparately());
        v.put("outcome", letter.outcome());
        v.put("resolutionNumber", letter.resolutionNumber());
        v.put("dueOn", letter.dueOn());
        String subject = switch (kind) {
            case REPLY -> "[KTGS] Trả lời đơn khiếu nại kỷ luật – hồ sơ ";
            case ACCEPTED -> "[KTGS] Thụ lý đơn khiếu nại kỷ luật – hồ sơ ";
            case DECISION -> "[KTGS] Quyết định giải quyết khiếu nại kỷ luật – hồ sơ ";
        } + letter.caseNumber();
        outbox.enqueue("COMPLAINT_" + kind + ":" + c.getId(), c.getReplyEmail(), null, subject,
                templates.render("complaint-" + kind.name().toLowerCase(), "vi", v));
        return "gửi thư điện tử tới " + c.getReplyEmail();
    }
}
