package vn.ktgs.supervision;

/** Names of process {@code sign-review} (bpmn/supervision/sign-review.bpmn): a standing member decides one sign. */
public final class SignReviewProcess {

    public static final String KEY = "sign-review";
    public static final String CASE_NUMBER_PREFIX = "DHVP";
    public static final String TASK_REVIEW = "Task_ReviewSign";
    public static final String SIGN_ID = "signId";
    /** INSPECT or DISMISS. */
    public static final String DECISION = "signDecision";

    private SignReviewProcess() {
    }
}
