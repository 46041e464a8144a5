package vn.ktgs.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ktgs.discipline.DisciplineForm;

/**
 * procedures.md §3 "complaints not accepted", case by case. Each row was worked out by hand: the written decision
 * was received on the date given, the appeal window (30 calendar days) then ends on the date given, and the letter
 * is dated as given. Columns: form, complainant is the disciplined member, written by another, received on (empty:
 * not received), refused, filed on, window ends, earlier resolution, sentenced, moved; expected reasons (empty: admissible).
 */
class AdmissibilityTest {

    @ParameterizedTest(name = "{0} received {3} filed {5} earlier {7} → [{10}]")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | NONE                                     | false | false | -
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-31 | 2033-03-31 | NONE                                     | false | false | -
            WARNING           | true  | false | 2033-03-01 | false | 2033-04-01 | 2033-03-31 | NONE                                     | false | false | LATE
            REPRIMAND         | true  | false | 2033-03-01 | false | 2033-03-01 | 2033-03-31 | NONE                                     | false | false | -
            REPRIMAND         | true  | false | 2033-03-05 | false | 2033-03-04 | 2033-04-04 | NONE                                     | false | false | BEFORE_DECISION
            REPRIMAND         | true  | false | -          | false | 2033-03-04 | -          | NONE                                     | false | false | BEFORE_DECISION
            REPRIMAND         | true  | false | -          | true  | 2033-03-04 | -          | NONE                                     | false | false | REFUSED_DECISION
            WARNING           | false | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | NONE                                     | false | false | ON_BEHALF
            WARNING           | true  | true  | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | NONE                                     | false | false | ON_BEHALF
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | PENDING_HIGHER                           | false | false | PENDING_HIGHER
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | DECIDED_LOWER                            | false | false | -
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | DECIDED_BY_CENTRAL_INSPECTION_COMMISSION | false | false | FINAL_LEVEL
            REMOVAL_FROM_POST | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | DECIDED_BY_CENTRAL_INSPECTION_COMMISSION | false | false | FINAL_LEVEL
            EXPULSION         | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | DECIDED_BY_CENTRAL_INSPECTION_COMMISSION | false | false | -
            EXPULSION         | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | DECIDED_BY_SECRETARIAT                   | false | false | FINAL_LEVEL
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | NONE                                     | true  | false | SENTENCED
            WARNING           | true  | false | 2033-03-01 | false | 2033-03-10 | 2033-03-31 | NONE                                     | false | true  | MOVED_ORGANIZATION
            EXPULSION         | false | false | 2033-01-02 | false | 2033-03-10 | 2033-02-01 | PENDING_HIGHER                           | true  | true  | LATE PENDING_HIGHER SENTENCED ON_BEHALF MOVED_ORGANIZATION
            """)
    void a_complaint_is_refused_for_exactly_the_reasons_that_apply(DisciplineForm form, boolean isDisciplined, boolean writtenForAnother,
            LocalDate received, boolean refused, LocalDate filed, LocalDate windowEnds, EarlierResolution earlier, boolean sentenced,
            boolean moved, String expected) {
        Set<InadmissibleReason> reasons = Admissibility.assess(new Admissibility.Facts(form, isDisciplined, writtenForAnother, received,
                refused, filed, windowEnds, earlier, sentenced, moved, null));
        Set<InadmissibleReason> want = expected == null ? EnumSet.noneOf(InadmissibleReason.class)
                : Arrays.stream(expected.split(" ")).map(InadmissibleReason::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(InadmissibleReason.class)));
        assertThat(reasons).isEqualTo(want);
    }

    /**
     * The appeal window is measured against the day the letter was SENT (the postmark) when the clerk knows it, not
     * the day the committee received it: a letter posted on the window's last day and delivered days later is in time.
     * Columns: received decision on, window ends, sent on (empty: unknown), committee received on; late?
     */
    @ParameterizedTest(name = "window ends {1}, sent {2}, received {3} → late {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2033-03-01 | 2033-03-31 | 2033-03-31 | 2033-04-04 | false
            2033-03-01 | 2033-03-31 | 2033-03-20 | 2033-04-15 | false
            2033-03-01 | 2033-03-31 | 2033-04-01 | 2033-04-04 | true
            2033-03-01 | 2033-03-31 | -          | 2033-04-04 | true
            2033-03-01 | 2033-03-31 | -          | 2033-03-31 | false
            """)
    void a_letter_posted_within_the_window_is_in_time_however_late_it_arrives(LocalDate received, LocalDate windowEnds,
            LocalDate sent, LocalDate filed, boolean late) {
        Set<InadmissibleReason> reasons = Admissibility.assess(new Admissibility.Facts(DisciplineForm.WARNING, true, false, received,
                false, filed, windowEnds, EarlierResolution.NONE, false, false, sent));
        assertThat(reasons.contains(InadmissibleReason.LATE)).isEqualTo(late);
        assertThat(reasons).isSubsetOf(EnumSet.of(InadmissibleReason.LATE));
    }
}
