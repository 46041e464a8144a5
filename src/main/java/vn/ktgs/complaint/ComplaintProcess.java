package vn.ktgs.complaint;

/** Names of process {@code discipline-complaint} (bpmn/complaint/discipline-complaint.bpmn), procedures.md §1h. */
public final class ComplaintProcess {

    public static final String KEY = "discipline-complaint";
    public static final String CASE_NUMBER_PREFIX = "KNKL";
    /** The appeal window counted from the receipt of the written decision (deadline rule, never a constant). */
    public static final String APPEAL_WINDOW_RULE = "discipline-appeal-window";

    public static final String TASK_APPROVE_REPLY = "Task_ApproveReply";
    public static final String TASK_APPROVE_DECISION = "Task_ApproveDecision";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_DRAFT_REPORT = "Task_DraftReport";
    public static final String TASK_DECIDE = "Task_DecideComplaint";

    public static final String COMPLAINT_ID = "complaintId";
    /** Set at intake from the admissibility rules. */
    public static final String ADMISSIBLE = "admissible";
    /** APPROVE or REJECT (the standing board found it not acceptable after all). */
    public static final String APPROVED = "approved";
    /** REPLY (the not-admissible reply goes out) or ACCEPT (the standing members accept the complaint after all). */
    public static final String REPLY_DECISION = "replyDecision";
    /** The deadline by level, counted from the complaint's receipt: every step is due by it. */
    public static final String RESOLUTION_DUE_DATE = "resolutionDueDate";

    private ComplaintProcess() {
    }
}
