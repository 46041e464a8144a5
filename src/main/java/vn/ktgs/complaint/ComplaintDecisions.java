package vn.ktgs.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.discipline.DisciplineSubjectKind;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;

/**
 * What the steps of discipline-complaint write: the reply to a complaint not accepted, the acceptance, and the
 * committee's decision, which updates the member's discipline record (an annulled or changed expulsion restores the
 * membership, DisciplineRecords does it). Called inside the step's transaction, after the form was checked.
 */
@Service
@Transactional
class ComplaintDecisions {

    private final ComplaintRepository complaints;
    private final DisciplineRecords records;
    private final OrganizationService organizations;
    private final CaseService cases;
    private final ComplaintLetters letters;
    private final AuditTrail audit;

    ComplaintDecisions(ComplaintRepository complaints, DisciplineRecords records, OrganizationService organizations,
                       CaseService cases, ComplaintLetters letters, AuditTrail audit) {
        this.complaints = complaints;
        this.records = records;
        this.organizations = organizations;
        this.cases = cases;
        this.letters = letters;
        this.audit = audit;
    }

    /** Not accepted (by the rules at intake, or by the standing board): the case closes with a reasoned reply. */
    String notAccepted(long complaintId, String reason, LocalDate today) {
        Complaint c = complaints.findById(complaintId).orElseThrow();
        c.notAccepted(reason, today);
        return "Không thụ lý; trả lời người khiếu nại (" + letters.send(c, ComplaintLetters.Kind.REPLY) + ")";
    }

    /**
     * The standing members disagree with the rules applied at intake (a late postmark, a fact the clerk got wrong):
     * the complaint goes on to the decision and plan like an admissible one. Their reason is audited and on the timeline.
     */
    String acceptDespiteRules(long complaintId, String reason, String by) {
        Complaint c = complaints.findById(complaintId).orElseThrow();
        c.acceptedDespiteRules(reason, by);
        audit.record(by, "case:" + c.getCaseId(), "complaint-accepted-anyway", reason);
        return ComplaintWording.clip("Thường trực không đồng ý không thụ lý (" + ComplaintWording.shortReasons(c.reasons())
                + "), vẫn thụ lý đơn; lý do: " + reason, 1000);
    }

    /** Accepts the complaint; {@code team} is the team's text (the handler set the case's team). */
    String accept(long complaintId, String team) {
        Complaint c = complaints.findById(complaintId).orElseThrow();
        cases.moveTo(c.getCaseId(), CaseStatus.IN_PROGRESS);
        return "Thụ lý, ban hành quyết định và kế hoạch giải quyết khiếu nại; đoàn: " + team + "; thông báo người khiếu nại ("
                + letters.send(c, ComplaintLetters.Kind.ACCEPTED) + ")";
    }

    /** The vote (more than half of all members) and a new form that differs and fits the member. */
    List<FieldError> check(long complaintId, ComplaintOutcome outcome, DisciplineForm newForm, int members, int votesFor, int cast) {
        List<FieldError> errors = new ArrayList<>();
        if (cast > members) {
            errors.add(FieldError.of("votesFor", "votesExceedMembers", members));
        } else if (votesFor * 2 <= members) {
            errors.add(FieldError.of("votesFor", "complaintNoMajority", members / 2 + 1));
        }
        if (outcome == ComplaintOutcome.CHANGE && newForm != null) {
            Complaint c = complaints.findById(complaintId).orElseThrow();
            DisciplineRecord record = records.get(c.getDisciplineRecordId()).orElseThrow();
            PartyMember member = organizations.memberById(record.getMemberId());
            boolean holdsPost = member.getPosts() != null && !member.getPosts().isBlank();
            if (newForm == record.getForm()) {
                errors.add(FieldError.of("newForm", "complaintSameForm"));
            } else if (!newForm.appliesTo(DisciplineSubjectKind.of(member.getStatus()))
                    || (newForm == DisciplineForm.REMOVAL_FROM_POST && !holdsPost)) {
                errors.add(FieldError.of("newForm", "complaintFormNotApplicable"));
            }
        }
        return errors;
    }

    String resolve(long complaintId, ComplaintOutcome outcome, DisciplineForm newForm, String number, String reason,
                   LocalDate today, String by) {
        Complaint c = complaints.findById(complaintId).orElseThrow();
        DisciplineRecord record = records.get(c.getDisciplineRecordId()).orElseThrow();
        switch (outcome) {
            case UPHOLD -> { } // the record stays as it is, in force
            case CHANGE -> records.change(record.getId(), newForm, number, c.getCommitteeOrgId(), today, c.getCaseId(),
                    "Quyết định giải quyết khiếu nại số " + number + ": " + reason, by);
            case ANNUL -> records.annul(record.getId(), "Quyết định giải quyết khiếu nại số " + number + ": " + reason, by);
        }
        c.resolved(outcome, outcome == ComplaintOutcome.CHANGE ? newForm : null, number, reason, today);
        return "Quyết định giải quyết khiếu nại số " + number + ": " + ComplaintWording.outcomeSentence(c, record.getForm())
                + " Thông báo người khiếu nại (" + letters.send(c, ComplaintLetters.Kind.DECISION) + ")";
    }
}
