package vn.ktgs.programme;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A programme's live progress: subordinate organisations and managed members covered in its period by the
 * committee's inspection and supervision cases, against the level's quota, and planned vs started per quarter.
 */
public record ProgrammeProgress(Coverage organisations, Coverage members, List<QuarterProgress> quarters) {

    /** {@code covered} of {@code total} subjects; {@code quotaPct} null when the level has no such quota. */
    public record Coverage(long covered, long total, Integer quotaPct) {

        public OptionalDouble share() {
            return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(covered * 100.0 / total);
        }

        /** How many subjects the quota asks for over the whole period (rounded up). */
        public long required() {
            return quotaPct == null ? 0 : ceilDiv(total * quotaPct, 100);
        }

        /** The part of {@link #required()} due by the end of quarter {@code k} of {@code n}. */
        public long requiredBy(int k, int n) {
            return quotaPct == null ? 0 : ceilDiv(total * quotaPct * k, 100L * n);
        }

        public boolean quotaMet() {
            return covered >= required();
        }

        private static long ceilDiv(long a, long b) {
            return (a + b - 1) / b;
        }
    }

    /** One quarter: items planned and started, subjects covered by its end, and what is behind once it ended. */
    public record QuarterProgress(int year, int quarter, int planned, int started, long orgsCoveredByEnd,
                                  long membersCoveredByEnd, boolean ended, List<Warning> warnings) {
    }

    /** A translation key under {@code programme.warn.} and its arguments. */
    public record Warning(String key, List<Object> args) {
        static Warning of(String key, Object... args) {
            return new Warning("programme.warn." + key, List.of(args));
        }
    }

    public List<Warning> warnings() {
        return quarters.stream().flatMap(q -> q.warnings().stream()).toList();
    }
}
