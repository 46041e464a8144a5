package vn.ktgs.remediation;

/**
 * Names of process {@code remediation-followup} (bpmn/remediation/remediation-followup.bpmn). Callers start it
 * (call activity) with caseId, committeeOrg, subjectOrg, {@link #NOTICE_ID} and {@link #REQUIREMENT_IDS}.
 */
public final class RemediationProcess {

    public static final String KEY = "remediation-followup";
    public static final String TASK_SUBMIT_PLAN = "Task_SubmitPlan";
    public static final String TASK_REVIEW_PLAN = "Task_ReviewPlan";
    public static final String TASK_REPORT = "Task_ReportRemediation";
    public static final String TASK_CONFIRM = "Task_ConfirmRequirement";
    public static final String NOTICE_ID = "noticeId";
    /** The notice form's number field: left blank, the register gives the number, recorded with the step. */
    public static final String NOTICE_NUMBER = "noticeNumber";
    public static final String REQUIREMENT_IDS = "requirementIds";
    public static final String REQUIREMENT_ID = "requirementId";
    public static final String PLAN_ACCEPTED = "planAccepted";
    public static final String REQUIREMENT_DONE = "requirementDone";

    private RemediationProcess() {
    }
}
