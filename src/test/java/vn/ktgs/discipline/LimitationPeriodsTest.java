package vn.ktgs.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statute of limitations, hand-checked on 15/06/2032 with the seeded years (V12: member reprimand 5, warning 10,
 * removal 10; organisation reprimand 5, warning 10; no row for expulsion and dissolution). Violations are written
 * {@code KIND:started[:ended|:ongoing]}, separated by {@code ;}.
 */
class LimitationPeriodsTest {

    private static final LocalDate TODAY = LocalDate.of(2032, 6, 15);
    private static final Map<String, Integer> SEEDED = Map.of("MEMBER_REPRIMAND", 5, "MEMBER_WARNING", 10, "MEMBER_REMOVAL", 10,
            "ORG_REPRIMAND", 5, "ORG_WARNING", 10);

    @ParameterizedTest(name = "{0} {1} {2} → {3} years from {4}, expired {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2027-06-15                               | 5  | 2027-06-15 | false
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2027-06-14                               | 5  | 2027-06-14 | true
            FULL_MEMBER         | WARNING           | ORDINARY:2027-06-14                               | 10 | 2027-06-14 | false
            FULL_MEMBER         | WARNING           | ORDINARY:2022-06-14                               | 10 | 2022-06-14 | true
            FULL_MEMBER         | REMOVAL_FROM_POST | ORDINARY:2022-06-16                               | 10 | 2022-06-16 | false
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2020-01-10;ORDINARY:2028-03-01           | 5  | 2028-03-01 | false
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2019-05-01:2027-07-01                    | 5  | 2027-07-01 | false
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2015-01-01:2027-01-31                    | 5  | 2027-01-31 | true
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2010-01-01:ongoing                       | 5  | 2032-06-15 | false
            FULL_MEMBER         | EXPULSION         | ORDINARY:1990-01-01                               | -  | 1990-01-01 | false
            FULL_MEMBER         | WARNING           | NATIONAL_INTEREST:2001-01-01                      | -  | 2001-01-01 | false
            FULL_MEMBER         | REPRIMAND         | ORDINARY:2010-03-03;ILLEGAL_DIPLOMA:2005-01-01    | -  | 2010-03-03 | false
            FULL_MEMBER         | REPRIMAND         | INTERNAL_POLITICAL:2000-01-01                     | -  | 2000-01-01 | false
            PROBATIONARY_MEMBER | REPRIMAND         | ORDINARY:2026-01-01                               | 5  | 2026-01-01 | true
            ORGANIZATION        | WARNING           | ORDINARY:2023-02-28                               | 10 | 2023-02-28 | false
            ORGANIZATION        | WARNING           | ORDINARY:2021-02-28                               | 10 | 2021-02-28 | true
            ORGANIZATION        | REPRIMAND         | HIGHER_LEVEL_TASK:2027-06-14                      | 5  | 2027-06-14 | true
            ORGANIZATION        | DISSOLUTION       | ORDINARY:2000-05-05                               | -  | 2000-05-05 | false
            """)
    void a_form_is_time_barred_only_after_its_years_from_the_latest_violation(DisciplineSubjectKind subject, DisciplineForm form,
            String violations, Integer years, LocalDate countedFrom, boolean expired) {
        LimitationPeriods.Limitation limitation = LimitationPeriods.check(subject, form, parse(violations), TODAY,
                key -> SEEDED.containsKey(key) ? OptionalInt.of(SEEDED.get(key)) : OptionalInt.empty());
        assertThat(limitation.years()).isEqualTo(years);
        assertThat(limitation.countedFrom()).isEqualTo(countedFrom);
        assertThat(limitation.expired()).isEqualTo(expired);
    }

    @ParameterizedTest
    @CsvSource({"FULL_MEMBER,REMOVAL_FROM_POST,MEMBER_REMOVAL", "PROBATIONARY_MEMBER,WARNING,MEMBER_WARNING",
            "ORGANIZATION,REPRIMAND,ORG_REPRIMAND", "FULL_MEMBER,EXPULSION,MEMBER_EXPULSION"})
    void the_rule_row_is_named_after_the_subject_and_the_form(DisciplineSubjectKind subject, DisciplineForm form, String key) {
        assertThat(LimitationPeriods.ruleKey(subject, form)).isEqualTo(key);
    }

    private static List<LimitationPeriods.Violation> parse(String spec) {
        List<LimitationPeriods.Violation> violations = new ArrayList<>();
        for (String one : spec.split(";")) {
            String[] p = one.trim().split(":");
            boolean ongoing = p.length > 2 && p[2].equals("ongoing");
            LocalDate end = p.length > 2 && !ongoing ? LocalDate.parse(p[2]) : null;
            violations.add(new LimitationPeriods.Violation(ViolationKind.valueOf(p[0]), LocalDate.parse(p[1]), end, ongoing));
        }
        return violations;
    }
}
