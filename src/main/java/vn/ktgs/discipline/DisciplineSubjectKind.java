package vn.ktgs.discipline;

import vn.ktgs.organization.MembershipStatus;

/** Who is disciplined: the forms and the authority differ for each (procedures.md §3). */
public enum DisciplineSubjectKind {
    FULL_MEMBER, PROBATIONARY_MEMBER, ORGANIZATION;

    public static DisciplineSubjectKind of(MembershipStatus status) {
        return status == MembershipStatus.PROBATIONARY ? PROBATIONARY_MEMBER : FULL_MEMBER;
    }
}
