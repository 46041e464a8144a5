package vn.ktgs.inspection;

/**
 * Names of process {@code inspection-finance} (bpmn/inspection/inspection-finance.bpmn), procedures.md §1c:
 * budget income and spending, accounting, party fees; the verification records findings with amounts in đồng.
 */
public final class FinanceInspectionProcess {

    public static final String KEY = "inspection-finance";
    public static final String CASE_NUMBER_PREFIX = "KTTC";

    private FinanceInspectionProcess() {
    }
}
