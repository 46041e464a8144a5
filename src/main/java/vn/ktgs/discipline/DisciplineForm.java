package vn.ktgs.discipline;

import java.util.EnumSet;
import java.util.Set;

/**
 * Discipline forms (procedures.md §3), lightest first: {@link #weight()} orders them for the vote carry-down,
 * which adds votes from the heaviest form towards the lighter ones.
 */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND(1, EnumSet.allOf(DisciplineSubjectKind.class)),
    /** Cảnh cáo. */
    WARNING(2, EnumSet.allOf(DisciplineSubjectKind.class)),
    /** Cách chức: only a full member who holds a post. */
    REMOVAL_FROM_POST(3, EnumSet.of(DisciplineSubjectKind.FULL_MEMBER)),
    /** Khai trừ: ends membership. */
    EXPULSION(4, EnumSet.of(DisciplineSubjectKind.FULL_MEMBER)),
    /** Giải tán: organisations only. */
    DISSOLUTION(4, EnumSet.of(DisciplineSubjectKind.ORGANIZATION));

    private final int weight;
    private final Set<DisciplineSubjectKind> appliesTo;

    DisciplineForm(int weight, Set<DisciplineSubjectKind> appliesTo) {
        this.weight = weight;
        this.appliesTo = appliesTo;
    }

    public int weight() {
        return weight;
    }

    public boolean appliesTo(DisciplineSubjectKind kind) {
        return appliesTo.contains(kind);
    }

    /** Translation key of the form's name ({@code discipline.form.REPRIMAND} …). */
    public String labelKey() {
        return "discipline.form." + name();
    }
}
