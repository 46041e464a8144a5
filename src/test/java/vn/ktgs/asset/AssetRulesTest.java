package vn.ktgs.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The arithmetic of the draw and of the unexplained increase, with hand-checked cases. */
class AssetRulesTest {

    private static final List<Long> POOL = LongStream.rangeClosed(101, 140).boxed().toList();

    @ParameterizedTest(name = "{0} members, {1}% -> {2}")
    @CsvSource({
            "40, 10, 4",   // exact
            "41, 10, 5",   // 4.1 rounds up
            "3, 10, 1",    // a small list still gets one drawn
            "7, 100, 7",
            "7, 1, 1",
            "200, 15, 30"})
    void a_share_of_the_list_is_rounded_up(int pool, int percent, int drawn) {
        assertThat(AnnualDrawService.sharesOf(pool, percent)).isEqualTo(drawn);
    }

    @Test
    void the_same_list_and_seed_draw_the_same_members_in_the_same_order() {
        assertThat(AnnualDrawService.pick(POOL, 7, 20350305L)).isEqualTo(AnnualDrawService.pick(POOL, 7, 20350305L));
        assertThat(AnnualDrawService.pick(POOL, 7, 20350305L)).isNotEqualTo(AnnualDrawService.pick(POOL, 7, 20350306L));
    }

    @Test
    void a_draw_has_the_count_asked_for_no_member_twice_and_only_members_of_the_list() {
        for (long seed = 1; seed <= 200; seed++) {
            for (int count : new int[] {1, 5, 39, 40}) {
                List<Long> drawn = AnnualDrawService.pick(POOL, count, seed);
                assertThat(drawn).hasSize(count);
                assertThat(new HashSet<>(drawn)).hasSize(count);
                assertThat(POOL).containsAll(drawn);
            }
        }
    }

    @Test
    void every_member_of_the_list_can_be_drawn_first() {
        HashSet<Long> firsts = new HashSet<>();
        for (long seed = 1; seed <= 2_000; seed++) {
            firsts.add(AnnualDrawService.pick(POOL, 1, seed).get(0));
        }
        assertThat(firsts).containsExactlyInAnyOrderElementsOf(POOL);
    }

    @ParameterizedTest(name = "previous {0}, declared {1}, verified {2}, explained {3}")
    @CsvSource({
            // previous, declared, verified, explained -> increase, unexplained, undeclared, sign
            "1000000000, 1100000000, 1900000000, 100000000, 900000000, 800000000, 800000000, true",
            "1000000000, 1300000000, 1300000000, 0, 300000000, 300000000, 0, true",          // exactly the threshold
            "1000000000, 1299999999, 1299999999, 0, 299999999, 299999999, 0, false",         // one đồng below
            "2000000000, 2500000000, 2500000000, 450000000, 500000000, 50000000, 0, false",
            "2000000000, 1800000000, 1800000000, 0, -200000000, 0, 0, false",               // assets fell: nothing unexplained
            "0, 0, 0, 0, 0, 0, 0, false",
            "500000000, 900000000, 900000000, 600000000, 400000000, 0, 0, false"})          // more explained than grew
    void the_unexplained_increase_is_the_growth_over_last_time_beyond_what_was_explained(long previous, long declared, long verified,
            long explained, long increase, long unexplained, long undeclared, boolean sign) {
        Amounts a = new Amounts(previous, declared, verified, explained);
        assertThat(a.increase()).isEqualTo(increase);
        assertThat(a.unexplainedIncrease()).isEqualTo(unexplained);
        assertThat(a.undeclared()).isEqualTo(undeclared);
        assertThat(a.isSignOfViolation()).isEqualTo(sign);
    }
}
