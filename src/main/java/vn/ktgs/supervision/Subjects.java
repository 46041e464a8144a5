package vn.ktgs.supervision;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.*;

/** Reads the subject fields (subjectKind, subjectOrg, subjectMember) the way the inspection proposal does. */
@Component
class Subjects {

    private final OrganizationService organizations;

    Subjects(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /** The subject must lie within the committee's jurisdiction (its org subtree), or the field is refused. */
    Subject fromForm(Map<String, Object> values, String committeePath) {
        Subject subject;
        if ("MEMBER".equals(text(values, "subjectKind"))) {
            subject = member(organizations.memberById(Long.parseLong(text(values, "subjectMember"))));
        } else {
            Organization org = organizations.byCode(text(values, "subjectOrg"));
            subject = new Subject(org, org.getId(), null, org.getName());
        }
        if (!subject.org().isWithin(committeePath)) {
            throw FormValidationException.of(subject.memberId() != null ? "subjectMember" : "subjectOrg", "outsideJurisdiction");
        }
        return subject;
    }

    /** The subject of an existing case. */
    Subject ofCase(CaseFile c) {
        if (c.getSubjectMemberId() != null) {
            return member(organizations.memberById(c.getSubjectMemberId()));
        }
        Organization org = organizations.byId(c.getSubjectOrgId());
        return new Subject(org, org.getId(), null, org.getName());
    }

    Organization committee(long orgId) {
        return organizations.byId(orgId);
    }

    private static Subject member(PartyMember member) {
        String name = member.getFullName() + " (" + member.getOrganization().getName() + ")";
        return new Subject(member.getOrganization(), null, member.getId(), SupervisionScope.clip(name, 255));
    }

    static String text(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString().trim();
    }
}
