package vn.ktgs.discipline;

/** A discipline stays in force while a complaint about it is pending; a complaint decision may change or annul it. */
public enum DisciplineRecordStatus {
    IN_FORCE, CHANGED, ANNULLED
}
