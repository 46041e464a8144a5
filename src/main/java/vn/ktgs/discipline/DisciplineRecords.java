package vn.ktgs.discipline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.organization.PartyMemberRepository;

/**
 * The discipline record of members and organisations. Imposing an expulsion ends the membership; a complaint
 * decision that changes or annuls it restores the membership. Every change is audited under
 * {@code member:<id>} / {@code org:<id>}.
 */
@Service
@Transactional
public class DisciplineRecords {

    private final DisciplineRecordRepository records;
    private final PartyMemberRepository members;
    private final AuditTrail audit;
    private final Clock clock;

    DisciplineRecords(DisciplineRecordRepository records, PartyMemberRepository members, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.records = records;
        this.members = members;
        this.audit = audit;
    }

    /** Records a discipline on a member; an expulsion ends the membership on the effective date. */
    public DisciplineRecord imposeOnMember(long memberId, DisciplineForm form, String decisionNumber, long decidedByOrgId,
            LocalDate decidedOn, LocalDate effectiveOn, Long caseId, String by) {
        PartyMember member = members.findById(memberId).orElseThrow();
        DisciplineRecord saved = records.save(new DisciplineRecord(memberId, null, form, decisionNumber, decidedByOrgId,
                decidedOn, effectiveOn, caseId, by, clock.instant()));
        if (form == DisciplineForm.EXPULSION) {
            member.endMembership(effectiveOn, "discipline:" + saved.getId());
        }
        audit.record(by, "member:" + memberId, "discipline-imposed", form + " " + decisionNumber);
        return saved;
    }

    /** Records a discipline on an organisation. */
    public DisciplineRecord imposeOnOrganization(long orgId, DisciplineForm form, String decisionNumber, long decidedByOrgId,
            LocalDate decidedOn, LocalDate effectiveOn, Long caseId, String by) {
        DisciplineRecord saved = records.save(new DisciplineRecord(null, orgId, form, decisionNumber, decidedByOrgId,
                decidedOn, effectiveOn, caseId, by, clock.instant()));
        audit.record(by, "org:" + orgId, "discipline-imposed", form + " " + decisionNumber);
        return saved;
    }

    /** A complaint decision replaces the form: the old record is marked changed and points to the new one. */
    public DisciplineRecord change(long recordId, DisciplineForm newForm, String decisionNumber, long decidedByOrgId,
            LocalDate decidedOn, Long caseId, String reason, String by) {
        DisciplineRecord old = records.findById(recordId).orElseThrow();
        DisciplineRecord replacement = old.getMemberId() != null
                ? imposeOnMember(old.getMemberId(), newForm, decisionNumber, decidedByOrgId, decidedOn, decidedOn, caseId, by)
                : imposeOnOrganization(old.getOrgId(), newForm, decisionNumber, decidedByOrgId, decidedOn, decidedOn, caseId, by);
        old.replaceWith(replacement.getId(), reason);
        restoreMembershipIfLifted(old, newForm);
        audit.record(by, subjectOf(old), "discipline-changed", old.getForm() + " → " + newForm + ": " + reason);
        return replacement;
    }

    /** A complaint decision annuls the discipline (xóa bỏ); an annulled expulsion restores the membership. */
    public void annul(long recordId, String reason, String by) {
        DisciplineRecord old = records.findById(recordId).orElseThrow();
        old.annul(reason);
        restoreMembershipIfLifted(old, null);
        audit.record(by, subjectOf(old), "discipline-annulled", old.getForm() + ": " + reason);
    }

    @Transactional(readOnly = true)
    public List<DisciplineRecord> ofMember(long memberId) {
        return records.findByMemberIdOrderByEffectiveOnDescIdDesc(memberId);
    }

    @Transactional(readOnly = true)
    public List<DisciplineRecord> ofOrganization(long orgId) {
        return records.findByOrgIdOrderByEffectiveOnDescIdDesc(orgId);
    }

    @Transactional(readOnly = true)
    public Optional<DisciplineRecord> get(long recordId) {
        return records.findById(recordId);
    }

    /** The decision a complaint is about, by its number and the body that issued it. */
    @Transactional(readOnly = true)
    public Optional<DisciplineRecord> byDecision(String decisionNumber, long decidedByOrgId) {
        return records.findFirstByDecisionNumberAndDecidedByOrgIdOrderByIdDesc(decisionNumber.trim(), decidedByOrgId);
    }

    @Transactional(readOnly = true)
    public List<DisciplineRecord> byDecisionNumber(String decisionNumber) {
        return records.findByDecisionNumberOrderByIdDesc(decisionNumber.trim());
    }

    private void restoreMembershipIfLifted(DisciplineRecord old, DisciplineForm newForm) {
        if (old.getForm() == DisciplineForm.EXPULSION && newForm != DisciplineForm.EXPULSION && old.getMemberId() != null) {
            members.findById(old.getMemberId()).orElseThrow().restoreMembership();
        }
    }

    private static String subjectOf(DisciplineRecord r) {
        return r.getMemberId() != null ? "member:" + r.getMemberId() : "org:" + r.getOrgId();
    }
}
