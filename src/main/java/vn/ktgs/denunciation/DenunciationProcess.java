package vn.ktgs.denunciation;

/** Names of process {@code denunciation} (bpmn/denunciation/denunciation.bpmn). */
public final class DenunciationProcess {

    public static final String KEY = "denunciation";
    public static final String CASE_NUMBER_PREFIX = "TC";
    public static final String REGISTER_FORM = "denunciation-register";

    public static final String TASK_CONFIRM_IDENTITY = "Task_ConfirmIdentity";
    public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
    public static final String TASK_EXPLANATION = "Task_AccusedExplanation";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_REPORT = "Task_ResolutionReport";
    public static final String TASK_VOTE = "Task_RecordVote";
    public static final String TASK_SEND_RESULT = "Task_SendResult";
    public static final String TASK_ISSUE_NOTICE = "Task_IssueNotice";

    /** Process variables: ids and decisions only, never who wrote the letter. */
    public static final String DENUNCIATION_ID = "denunciationId";
    public static final String IDENTITY_CONFIRMED = "identityConfirmed";
    public static final String APPROVED = "approved";
    public static final String TEAM_LEAD = "teamLead";
    public static final String CONCLUSION = "conclusion";
    public static final String REMEDIATION_WARRANTED = "remediationWarranted";

    private DenunciationProcess() {
    }
}
