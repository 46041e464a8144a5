package vn.ktgs.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseLinkKind;
import vn.ktgs.casefile.CaseLinks;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrgPaths;
import vn.ktgs.remediation.ConclusionNotice;
import vn.ktgs.remediation.NoticeAction;
import vn.ktgs.remediation.RemediationService;

/**
 * The committee inspects how a conclusion is carried out (kiểm tra việc thực hiện kết luận): a standing member
 * opens an inspection-violation case about the same subject, linked to the notice (one per notice) and to the
 * notice's case (related cases, both ways). The new case starts at the proposal's approval, like any other.
 * It lives here, not in remediation, so that remediation does not depend on inspection (the notices section
 * shows its button through {@link NoticeAction}).
 */
@Service
@Transactional
public class FollowupInspections {

    private final RemediationService remediation;
    private final InspectionService inspections;
    private final CaseService cases;
    private final CaseLinks links;

    FollowupInspections(RemediationService remediation, InspectionService inspections, CaseService cases, CaseLinks links) {
        this.remediation = remediation;
        this.inspections = inspections;
        this.cases = cases;
        this.links = links;
    }

    /** The chair or a deputy of the committee that owns the notice's case. */
    public static Optional<Grant> standingGrant(KtgsUser user, CaseFile caseFile) {
        return user.getGrants().stream()
                .filter(g -> g.role().isStanding() && g.orgId() == caseFile.getOwnerOrgId()).findFirst();
    }

    public boolean mayOpen(KtgsUser user, ConclusionNotice notice) {
        return notice.getFollowupCaseId() == null && standingGrant(user, cases.get(notice.getCaseId())).isPresent();
    }

    public CaseFile open(KtgsUser user, long noticeId) {
        ConclusionNotice notice = remediation.notice(noticeId);
        CaseFile origin = cases.get(notice.getCaseId());
        Grant committee = standingGrant(user, origin)
                .orElseThrow(() -> new AccessDeniedException("only the committee's standing members open a follow-up inspection"));
        if (notice.getFollowupCaseId() != null) {
            return cases.get(notice.getFollowupCaseId());
        }
        CaseFile followup = inspections.proposeIn(user, committee, proposal(origin, notice));
        remediation.linkFollowup(noticeId, followup.getId());
        links.link(origin.getId(), followup.getId(), CaseLinkKind.NOTICE_TO_FOLLOWUP_INSPECTION, user.getUsername());
        cases.recordStep(origin.getId(), user.getUsername(), "FollowupInspection", "Kiểm tra việc thực hiện kết luận",
                "Mở cuộc kiểm tra việc thực hiện thông báo số " + notice.getNoticeNumber() + ": hồ sơ " + followup.getCaseNumber(), null);
        cases.recordStep(followup.getId(), user.getUsername(), "FollowupInspection", "Kiểm tra việc thực hiện kết luận",
                "Kiểm tra việc thực hiện thông báo kết luận số " + notice.getNoticeNumber() + " của hồ sơ " + origin.getCaseNumber(), null);
        return followup;
    }

    private static Map<String, Object> proposal(CaseFile origin, ConclusionNotice notice) {
        Map<String, Object> values = new HashMap<>();
        if (origin.getSubjectMemberId() != null) {
            values.put("subjectKind", "MEMBER");
            values.put("subjectMember", String.valueOf(origin.getSubjectMemberId()));
        } else {
            values.put("subjectKind", "ORGANIZATION");
            values.put("subjectOrg", OrgPaths.lastCode(origin.getSubjectOrgPath()));
        }
        values.put("title", cut("Kiểm tra việc thực hiện Thông báo kết luận số " + notice.getNoticeNumber(), 300));
        StringBuilder content = new StringBuilder("Kiểm tra việc thực hiện các yêu cầu của Thông báo kết luận số ")
                .append(notice.getNoticeNumber()).append(" (hồ sơ ").append(origin.getCaseNumber()).append("):");
        notice.getRequirements().forEach(r -> content.append("\n").append(r.getSeq()).append(". ").append(r.getContent())
                .append(" – ").append(r.getOwnerName()).append(" – hạn ").append(Formats.date(r.getDueDate())));
        values.put("content", cut(content.toString(), 4000));
        // following conclusions up is part of the committee's regular supervision (procedures.md §1e, §1j)
        values.put("source", "REGULAR_SUPERVISION");
        // the team that inspected, proposed again: it knows the case
        List<String> team = new ArrayList<>();
        if (origin.getTeamLead() != null) {
            team.add(origin.getTeamLead());
        }
        team.addAll(origin.getTeamMembers());
        if (!team.isEmpty()) {
            values.put(InspectionService.PROPOSED_TEAM, team);
        }
        return values;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
