package vn.ktgs.organization;

/** Roles a user holds in one organisation. Candidate groups are {@code <ROLE>:<orgCode>}. */
public enum Role {
    ADMIN, CLERK, INSPECTOR, TEAM_LEAD, COMMITTEE_MEMBER, CHAIR, DEPUTY_CHAIR,
    /** Contact person of a subject organisation: sees and works only its own tasks. */
    CONTACT;

    /** Roles that belong to the organisation's inspection committee and so see its cases. */
    public boolean isCommitteeRole() {
        return this != CONTACT;
    }

    /** Chair and deputies form the committee's standing members (thường trực). */
    public boolean isStanding() {
        return this == CHAIR || this == DEPUTY_CHAIR;
    }
}
