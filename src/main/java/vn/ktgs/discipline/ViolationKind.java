package vn.ktgs.discipline;

import java.util.EnumSet;
import java.util.Set;

/**
 * What kind of violation a discipline review is about: some kinds have no statute of limitations (procedures.md §2),
 * and a cell may not decide on violations of tasks assigned by a higher level (§3), only propose.
 */
public enum ViolationKind {
    /** Political quality, ethics, lifestyle, party activities, member duties. */
    ORDINARY,
    /** A task assigned by a higher level: a cell only proposes. */
    HIGHER_LEVEL_TASK,
    /** Internal political protection (bảo vệ chính trị nội bộ): no limitation. */
    INTERNAL_POLITICAL,
    /** Security, defence or foreign affairs harming national interests: no limitation. */
    NATIONAL_INTEREST,
    /** Using illegal diplomas or certificates: no limitation. */
    ILLEGAL_DIPLOMA;

    static final Set<ViolationKind> NO_LIMITATION = EnumSet.of(INTERNAL_POLITICAL, NATIONAL_INTEREST, ILLEGAL_DIPLOMA);

    public boolean hasNoLimitation() {
        return NO_LIMITATION.contains(this);
    }

    public String labelKey() {
        return "discipline.violation." + name();
    }
}
