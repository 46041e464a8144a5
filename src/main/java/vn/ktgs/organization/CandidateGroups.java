package vn.ktgs.organization;

/** Names of Camunda candidate groups: {@code <ROLE>:<orgCode>}, plus {@code STANDING:<orgCode>} for chair and deputies. */
public final class CandidateGroups {

    public static final String STANDING = "STANDING";

    private CandidateGroups() {
    }

    public static String of(Role role, String orgCode) {
        return role.name() + ":" + orgCode;
    }

    public static String standing(String orgCode) {
        return STANDING + ":" + orgCode;
    }
}
