package vn.ktgs.discipline;

/** Names of process {@code discipline-review} (bpmn/discipline/discipline-review.bpmn). */
public final class DisciplineReviewProcess {

    public static final String KEY = "discipline-review";
    public static final String CASE_NUMBER_PREFIX = "XLKL";
    public static final String START = "StartEvent_CaseOpened";
    /** The code of the body that votes (the member's cell or the committee's organisation): its roster sizes the ballot. */
    public static final String DECIDING_ORG = "decidingOrg";
    public static final String TASK_OVERRIDE = "Task_LimitationOverride";
    public static final String TASK_DEFERRAL = "Task_CheckDeferral";
    public static final String TASK_HEARING = "Task_Hearing";
    public static final String TASK_VOTE = "Task_RecordVote";
    public static final String TASK_ANNOUNCE = "Task_Announce";
    public static final String TIMER_DEFERRAL = "TimerEvent_DeferralReview";
    public static final String TIMER_APPEAL = "TimerEvent_AppealWindow";

    public static final String REVIEW_ID = "reviewId";
    /** Boolean: the proposed form is time-barred (the chair decides). */
    public static final String LIMITATION_EXPIRED = "limitationExpired";
    /** OVERRIDE or DROP. */
    public static final String OVERRIDE_DECISION = "overrideDecision";
    /** Boolean, and the Date the case returns to the inbox. */
    public static final String DEFERRED = "deferred";
    public static final String DEFERRAL_REVIEW_AT = "deferralReviewAt";
    /** ATTENDED, ABSENT_WITH_REASON (heard again), ABSENT_REPEATEDLY (minuted; the case continues). */
    public static final String ATTENDANCE = "attendance";
    /** DECIDE, PROPOSE (sent up to the competent body), NONE, or TIME_BARRED (the chair decides). */
    public static final String VOTE_OUTCOME = "voteOutcome";
    /**
     * True once a vote's winning form was found time-barred (voteOutcome TIME_BARRED): the chair's override then
     * continues to the decision or proposal instead of back to the deferral check.
     */
    public static final String VOTED_FORM_TIME_BARRED = "votedFormTimeBarred";
    public static final String APPEAL_WINDOW_ENDS = "appealWindowEnds";
    public static final String APPEAL_RULE = "discipline-appeal-window";
    public static final String LIMITATION_RULE = "statute-of-limitations";

    private DisciplineReviewProcess() {
    }
}
