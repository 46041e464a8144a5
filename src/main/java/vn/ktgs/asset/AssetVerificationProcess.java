package vn.ktgs.asset;
import java.util.Date;

/** Names of process {@code asset-verification} (bpmn/asset/asset-verification.bpmn), procedures.md §1i. */
public final class AssetVerificationProcess {

    public static final String KEY = "asset-verification";
    public static final String CASE_NUMBER_PREFIX = "XMTS";
    /** The seeded rule for publishing the conclusion at the member's workplace (5 calendar days). */
    public static final String PUBLICATION_RULE = "asset-verification-publication";

    public static final String TASK_APPROVE = "Task_ApproveProposal";
    public static final String TASK_REQUEST_EXPLANATION = "Task_RequestExplanation";
    public static final String TASK_RECORD_EXPLANATION = "Task_RecordExplanation";
    public static final String TASK_VERIFY = "Task_Verify";
    public static final String TASK_REPORT = "Task_DraftReport";
    public static final String TASK_CONCLUDE = "Task_Conclude";
    public static final String TASK_PUBLISH = "Task_Publish";
    public static final String BOUNDARY_PUBLICATION_OVERDUE = "BoundaryEvent_PublicationOverdue";

    /** Decision of the standing members. */
    public static final String APPROVED = "approved";
    /** Due date of the member's explanation (a {@link Date}, 17:00 of the date the team lead chose). */
    public static final String EXPLANATION_DUE = "explanationDue";
    /** Due date of the publication (a {@link Date} from the rule). */
    public static final String PUBLICATION_DUE = "publicationDue";
    /** ISO 8601 cycle of the chasing timer: from the due date, daily, a few times. */
    public static final String PUBLICATION_CHASE = "publicationChase";
    /** How many daily reminders after the publication is overdue. */
    static final int CHASES = 5;

    private AssetVerificationProcess() {
    }
}
