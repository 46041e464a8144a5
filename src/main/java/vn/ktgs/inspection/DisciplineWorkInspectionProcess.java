package vn.ktgs.inspection;

/**
 * Names of process {@code inspection-discipline-work} (bpmn/inspection/inspection-discipline-work.bpmn),
 * procedures.md §1d: a lower organisation's discipline and inspection/supervision work; the verification flags
 * discipline of the wrong level and violations left undisciplined.
 */
public final class DisciplineWorkInspectionProcess {

    public static final String KEY = "inspection-discipline-work";
    public static final String CASE_NUMBER_PREFIX = "KTKL";

    private DisciplineWorkInspectionProcess() {
    }
}
