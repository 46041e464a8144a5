package vn.ktgs.remediation;

/** Names of process {@code remediation-followup} (bpmn/remediation/remediation-followup.bpmn). */
public final class RemediationProcess {

    public static final String KEY = "remediation-followup";
    public static final String TASK_REPORT = "Task_ReportRemediation";
    public static final String TASK_CONFIRM = "Task_ConfirmRequirement";
    public static final String NOTICE_ID = "noticeId";
    public static final String REQUIREMENT_IDS = "requirementIds";
    public static final String REQUIREMENT_ID = "requirementId";
    public static final String REQUIREMENT_DONE = "requirementDone";

    private RemediationProcess() {
    }
}
