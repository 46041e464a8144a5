package vn.ktgs.programme;
import vn.ktgs.casefile.CaseVariables;

/** Variables a process started from a programme item carries, besides {@link CaseVariables}. */
public final class ProgrammeProcess {

    /** Username of the item's lead. */
    public static final String LEAD = "lead";
    /** Our {@code programme_item.id}. */
    public static final String PROGRAMME_ITEM_ID = "programmeItemId";
    /** {@code case_file.source} of a case started from a programme. */
    public static final String SOURCE = "PROGRAMME";

    private ProgrammeProcess() {
    }
}
