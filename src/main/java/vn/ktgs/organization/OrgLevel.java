package vn.ktgs.organization;

/** Levels of the party's organisation tree (procedures.md §6). */
public enum OrgLevel {
    CENTRAL, PROVINCE, COMMUNE, BASE, CELL;

    /** Inspection committees exist from the base committee up; cells have none. */
    public boolean mayHaveCommittee() {
        return this != CELL;
    }
}
