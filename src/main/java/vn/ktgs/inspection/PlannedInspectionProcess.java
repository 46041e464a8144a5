package vn.ktgs.inspection;

import java.util.List;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.OrgLevel;

/**
 * The start contract shared by the inspections an annual programme starts (procedures.md §1b–1d):
 * started by key with the case number as business key and the variables {@code caseId}, {@code committeeOrg},
 * {@code subjectOrg} ({@link CaseVariables}), {@link #LEAD} and, optionally, {@link #PROGRAMME_ITEM_ID}.
 * Task keys shared with inspection-violation are in {@link InspectionProcess}.
 */
public final class PlannedInspectionProcess {

    /** Username of the programme item's lead: the assignee of the first team task. */
    public static final String LEAD = "lead";
    /** Id of the annual-programme item the inspection carries out (a Long; may be absent). */
    public static final String PROGRAMME_ITEM_ID = "programmeItemId";
    /** Level of the committee organisation ({@link OrgLevel} name), set by the model itself. */
    public static final String COMMITTEE_LEVEL = "committeeLevel";

    public static final List<String> KEYS = List.of(ComplianceInspectionProcess.KEY, FinanceInspectionProcess.KEY,
            DisciplineWorkInspectionProcess.KEY);

    private PlannedInspectionProcess() {
    }
}
