package vn.ktgs.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.discipline.DisciplineForm.*;

import java.util.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Secret-ballot outcomes counted by hand. Votes are written {@code FORM=n} separated by spaces; a committee deciding
 * an expulsion may carry the cell's proposal as {@code cell=votes/members}.
 */
class SecretBallotTest {

    @ParameterizedTest(name = "{0} body {1}, post {3}: {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            FULL_MEMBER         | 12 | false | false | WARNING=7 REPRIMAND=2                 | WARNING
            FULL_MEMBER         | 12 | false | false | EXPULSION=3 WARNING=4 REPRIMAND=2     | WARNING
            FULL_MEMBER         | 12 | false | false | WARNING=3 REPRIMAND=2                 | -
            FULL_MEMBER         | 10 | false | false | REPRIMAND=5                           | -
            FULL_MEMBER         | 10 | false | false | REPRIMAND=6                           | REPRIMAND
            FULL_MEMBER         | 9  | true  | false | EXPULSION=6                           | EXPULSION
            FULL_MEMBER         | 9  | true  | false | EXPULSION=5                           | WARNING
            FULL_MEMBER         | 7  | false | true  | EXPULSION=4 cell=6/9                  | EXPULSION
            FULL_MEMBER         | 7  | false | true  | EXPULSION=4 cell=5/9                  | REMOVAL_FROM_POST
            FULL_MEMBER         | 7  | false | false | EXPULSION=4                           | WARNING
            FULL_MEMBER         | 7  | false | true  | EXPULSION=3 cell=9/9                  | -
            FULL_MEMBER         | 7  | false | true  | EXPULSION=2 REMOVAL_FROM_POST=1 WARNING=1 | WARNING
            ORGANIZATION        | 9  | false | false | DISSOLUTION=4 WARNING=1               | WARNING
            ORGANIZATION        | 9  | false | false | DISSOLUTION=5                         | DISSOLUTION
            PROBATIONARY_MEMBER | 5  | true  | false | WARNING=2 REPRIMAND=3                 | REPRIMAND
            PROBATIONARY_MEMBER | 5  | true  | false | WARNING=2                             | -
            """)
    void the_outcome_is_the_heaviest_form_reaching_its_threshold_with_votes_carried_down(DisciplineSubjectKind subject, int body,
            boolean bodyIsCell, boolean holdsPost, String votes, DisciplineForm expected) {
        SecretBallot.Count count = count(subject, body, bodyIsCell, holdsPost, votes);
        assertThat(SecretBallot.check(count, Map.of())).isEmpty();
        assertThat(SecretBallot.count(count).form()).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void the_arithmetic_shows_the_carried_votes_in_vietnamese() {
        SecretBallot.Outcome outcome = SecretBallot.count(count(DisciplineSubjectKind.FULL_MEMBER, 12, false, false,
                "EXPULSION=3 WARNING=4 REPRIMAND=2"));
        assertThat(SecretBallot.vietnamese(outcome.lines())).containsExactly(
                "Khai trừ: 3 ≤ 12/2: không đạt",
                "Chưa có đề nghị khai trừ của chi bộ (ít nhất 2/3 đảng viên chính thức): khai trừ không đạt",
                "Cảnh cáo: 4 + 3 (từ khai trừ) = 7 > 12/2: đạt",
                "Kết quả: Cảnh cáo");
    }

    @Test
    void when_nothing_reaches_its_threshold_the_arithmetic_says_so() {
        SecretBallot.Outcome outcome = SecretBallot.count(count(DisciplineSubjectKind.FULL_MEMBER, 12, false, false, "WARNING=3 REPRIMAND=2"));
        assertThat(SecretBallot.vietnamese(outcome.lines())).containsExactly(
                "Cảnh cáo: 3 ≤ 12/2: không đạt",
                "Khiển trách: 2 + 3 (từ cảnh cáo) = 5 ≤ 12/2: không đạt",
                "Kết quả: không hình thức nào đạt; không thi hành kỷ luật");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            more present than the body       | FULL_MEMBER  | 5  | 6  | false | WARNING=3                   | 0 | present:discipline.presentExceedsBody
            more ballots than present        | FULL_MEMBER  | 10 | 8  | false | WARNING=5 REPRIMAND=4       | 0 | votesNone:discipline.ballotsExceedPresent
            blank ballots count too          | FULL_MEMBER  | 10 | 8  | false | WARNING=5                   | 4 | votesNone:discipline.ballotsExceedPresent
            negative votes                   | FULL_MEMBER  | 10 | 8  | false | WARNING=-1                  | 0 | WARNING:min
            expulsion of an organisation     | ORGANIZATION | 10 | 8  | false | EXPULSION=1                 | 0 | EXPULSION:discipline.formNotApplicable
            removal of a member with no post | FULL_MEMBER  | 10 | 8  | false | REMOVAL_FROM_POST=2         | 0 | REMOVAL_FROM_POST:discipline.formNotApplicable
            cell votes beyond the cell       | FULL_MEMBER  | 10 | 8  | true  | EXPULSION=6 cell=10/9       | 0 | cellExpulsionVotes:discipline.votesExceedCell
            a body of nobody                 | FULL_MEMBER  | 0  | 0  | false | -                           | 0 | bodyMembers:min
            """)
    void impossible_counts_are_refused(String what, DisciplineSubjectKind subject, int body, int present, boolean holdsPost, String votes,
            int none, String expected) {
        SecretBallot.Count parsed = count(subject, body, false, holdsPost, votes == null ? "" : votes);
        SecretBallot.Count count = new SecretBallot.Count(subject, holdsPost, false, body, present, parsed.votes(), none,
                parsed.cellFullMembers(), parsed.cellExpulsionVotes());
        assertThat(SecretBallot.check(count, Map.of())).extracting(e -> e.field() + ":" + e.code()).containsExactly(expected);
    }

    @Test
    void a_possible_count_is_accepted() {
        SecretBallot.Count count = new SecretBallot.Count(DisciplineSubjectKind.FULL_MEMBER, true, false, 10, 9,
                Map.of(WARNING, 5, REPRIMAND, 3), 1, null, null);
        assertThat(SecretBallot.check(count, Map.of())).isEmpty();
    }

    /** Everyone present, every member voting: present = body. */
    private static SecretBallot.Count count(DisciplineSubjectKind subject, int body, boolean bodyIsCell, boolean holdsPost, String spec) {
        Map<DisciplineForm, Integer> votes = new EnumMap<>(DisciplineForm.class);
        Integer cellVotes = null;
        Integer cellMembers = null;
        for (String part : spec.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] kv = part.split("=");
            if (kv[0].equals("cell")) {
                cellVotes = Integer.parseInt(kv[1].split("/")[0]);
                cellMembers = Integer.parseInt(kv[1].split("/")[1]);
            } else {
                votes.put(DisciplineForm.valueOf(kv[0]), Integer.parseInt(kv[1]));
            }
        }
        return new SecretBallot.Count(subject, holdsPost, bodyIsCell, body, body, votes, 0, cellMembers, cellVotes);
    }
}
