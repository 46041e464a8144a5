package vn.ktgs.casefile;

/** Process variables every case process carries: ids only, the data lives in our tables. */
public final class CaseVariables {

    /** Our {@code case_file.id}. */
    public static final String CASE_ID = "caseId";
    /** Code of the organisation whose inspection committee owns the case; candidate groups use it. */
    public static final String COMMITTEE_ORG = "committeeOrg";
    /** Code of the subject organisation (a member's own organisation for a member). */
    public static final String SUBJECT_ORG = "subjectOrg";
    /**
     * Where the due dates the model sets come from, as users read it (the case page, the inbox), when it is a rule and
     * not a date a user chose: e.g. a complaint's steps are all due on the resolution deadline.
     */
    public static final String DUE_RULE = "dueRule";
    /** Status written by a closing service task. */
    public static final String CLOSE_STATUS = "closeStatus";

    private CaseVariables() {
    }
}
