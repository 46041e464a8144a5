package vn.ktgs.inspection;
import java.util.Date;

/** Names of process {@code inspection-violation} (bpmn/inspection/inspection-violation.bpmn), procedures.md §1a. */
public final class InspectionProcess {

    public static final String KEY = "inspection-violation";
    public static final String CASE_NUMBER_PREFIX = "KTDH";

    public static final String TASK_APPROVE = "Task_ApproveProposal";
    public static final String TASK_SET_PLAN = "Task_SetPlan";
    public static final String TASK_SUBJECT_REPORT = "Task_SubmitSubjectReport";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_RESULT_REPORT = "Task_DraftResultReport";
    public static final String TASK_CONCLUSION = "Task_RecordConclusion";
    public static final String TASK_NOTICE = "Task_IssueConclusionNotice";

    /** Decision of the standing members. */
    public static final String APPROVED = "approved";
    /** The subject's report due date chosen by the team lead (a {@link Date}). */
    public static final String REPORT_DUE_DATE = "reportDueDate";
    /** NO_VIOLATION, SHORTCOMINGS or VIOLATION. */
    public static final String CONCLUSION = "conclusion";
    public static final String PROPOSER = "proposer";

    private InspectionProcess() {
    }
}
