package vn.ktgs.supervision;
import java.util.Date;

/**
 * Names of process {@code supervision-thematic} (bpmn/supervision/supervision-thematic.bpmn), procedures.md §1e.
 * Start contract (programme items start it): by key, business key = case number, variables {@code caseId} (Long),
 * {@code committeeOrg}, {@code subjectOrg} (org codes), {@code lead} (username), {@code programmeItemId} (Long,
 * optional); no start form.
 */
public final class SupervisionProcess {

    public static final String KEY = "supervision-thematic";
    public static final String CASE_NUMBER_PREFIX = "GSCD";

    public static final String TASK_SET_PLAN = "Task_SetPlan";
    public static final String TASK_SPLIT_WORK = "Task_SplitWork";
    public static final String TASK_SUBJECT_REPORT = "Task_SubmitSubjectReport";
    public static final String TASK_STUDY = "Task_StudyReport";
    public static final String TASK_MEETING = "Task_MeetSubject";
    public static final String TASK_RESULT_REPORT = "Task_DraftResultReport";
    public static final String TASK_DECIDE_SIGNS = "Task_DecideSigns";
    public static final String TASK_CONCLUSION = "Task_RecordConclusion";
    public static final String TASK_NOTICE = "Task_IssueConclusionNotice";

    /** Username of the member leading the supervision (from the programme item). */
    public static final String LEAD = "lead";
    public static final String PROGRAMME_ITEM_ID = "programmeItemId";
    /** The subject's report due date chosen in the plan (a {@link Date}). */
    public static final String REPORT_DUE_DATE = "reportDueDate";
    /**
     * End of the supervision (a {@link Date}): the level's rule counted from the subject's report,
     * as extended; the meeting and the result report share it.
     */
    public static final String SUPERVISION_DUE_DATE = "supervisionDueDate";
    public static final String SIGNS_FOUND = "signsFound";
    /** The sign raised by the result report, decided by the standing members. */
    public static final String SIGN_ID = "signId";
    public static final String CONCLUSION = "conclusion";

    private SupervisionProcess() {
    }
}
