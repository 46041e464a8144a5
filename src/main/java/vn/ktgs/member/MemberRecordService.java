package vn.ktgs.member;

import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;

/**
 * The member's record (hồ sơ đảng viên): who they are, their discipline record and the cases about them.
 * Only a committee whose subtree holds the member's organisation may read it; everyone else, a subject's contact
 * person included (a contact has no committee scope), gets the same {@link MemberNotVisibleException} as for an
 * unknown id, so the answer does not tell whether the member exists.
 * <p>
 * Reads are not audited: the record is the committee's ordinary working data, readable on the organisation page and
 * the case pages without an audit either; KTGS audits reads only of the denouncer's identity (procedures.md §4).
 */
@Service
@Transactional(readOnly = true)
public class MemberRecordService {

    private final OrganizationService organizations;
    private final DisciplineRecords disciplineRecords;
    private final CaseService cases;

    MemberRecordService(OrganizationService organizations, DisciplineRecords disciplineRecords, CaseService cases) {
        this.organizations = organizations;
        this.disciplineRecords = disciplineRecords;
        this.cases = cases;
    }

    public MemberRecord recordFor(KtgsUser user, long memberId) {
        PartyMember member;
        try {
            member = organizations.memberById(memberId);
        } catch (IllegalArgumentException unknown) {
            throw new MemberNotVisibleException(memberId);
        }
        if (!user.canSeeOrgPath(member.getOrganization().getPath())) {
            throw new MemberNotVisibleException(memberId);
        }
        List<MemberRecord.Discipline> discipline = disciplineRecords.ofMember(memberId).stream().map(this::line).toList();
        return new MemberRecord(member.getId(), member.getFullName(), member.getBirthYear(), member.getOrganization().getName(),
                member.getStatus(), member.getPosts(), member.getMembershipEndedOn(), discipline, cases.aboutMember(user, memberId));
    }

    private MemberRecord.Discipline line(DisciplineRecord r) {
        MemberRecord.Replacement replacement = r.getReplacedById() == null ? null : disciplineRecords.get(r.getReplacedById())
                .map(n -> new MemberRecord.Replacement(n.getForm(), n.getDecisionNumber()))
                .orElseThrow(() -> new NoSuchElementException("discipline record " + r.getReplacedById()));
        return new MemberRecord.Discipline(r.getId(), r.getForm(), r.getDecisionNumber(),
                organizations.byId(r.getDecidedByOrgId()).getName(), r.getDecidedOn(), r.getEffectiveOn(), r.getStatus(),
                replacement, r.getStatusReason());
    }
}
