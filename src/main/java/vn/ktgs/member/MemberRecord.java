package vn.ktgs.member;

import java.time.LocalDate;
import java.util.List;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineRecordStatus;
import vn.ktgs.organization.MembershipStatus;

/**
 * What the member's record page shows, resolved inside one read transaction (organisation names, the replacing
 * discipline), so the view needs no lazy loading.
 *
 * @param membershipEndedOn set when an expulsion ended the membership
 * @param discipline        newest first, including changed and annulled entries (the record keeps its history)
 * @param cases             the cases about the member that the viewer may open, newest first
 */
public record MemberRecord(long memberId, String fullName, int birthYear, String organizationName, MembershipStatus status,
                           String posts, LocalDate membershipEndedOn, List<Discipline> discipline, List<CaseFile> cases) {

    public boolean isMember() {
        return membershipEndedOn == null;
    }

    /**
     * One line of the discipline record.
     *
     * @param replacedBy the discipline that replaced a changed one (null otherwise)
     * @param statusReason why it was changed or annulled
     */
    public record Discipline(long id, DisciplineForm form, String decisionNumber, String decidingOrgName, LocalDate decidedOn,
                             LocalDate effectiveOn, DisciplineRecordStatus status, Replacement replacedBy, String statusReason) {
    }

    /** The form and decision number of the discipline a complaint decision put in place of another. */
    public record Replacement(DisciplineForm form, String decisionNumber) {
    }
}
