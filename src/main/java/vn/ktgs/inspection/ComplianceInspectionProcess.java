package vn.ktgs.inspection;

/**
 * Names of process {@code inspection-compliance} (bpmn/inspection/inspection-compliance.bpmn), procedures.md §1b.
 * A committee organisation of level CELL follows the cell variant: the cell secretary (the CHAIR grant at the
 * cell) drafts, the cell meeting adopts the plan and concludes.
 */
public final class ComplianceInspectionProcess {

    public static final String KEY = "inspection-compliance";
    public static final String CASE_NUMBER_PREFIX = "KTCH";

    public static final String TASK_CELL_ADOPT_PLAN = "Task_CellAdoptPlan";
    public static final String TASK_CELL_SELF_REPORT = "Task_CellSelfReport";
    public static final String TASK_CELL_DRAFT_RESULT = "Task_CellDraftResult";
    public static final String TASK_CELL_CONCLUSION = "Task_CellConclusion";
    public static final String TASK_CELL_NOTICE = "Task_CellConclusionNotice";

    private ComplianceInspectionProcess() {
    }
}
