package vn.ktgs.discipline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The statute of limitations of a discipline form (procedures.md §2): the years come from the seeded
 * {@code statute-of-limitations} rules (no row = no limit). Counted from the violation; a later violation restarts
 * it, so the latest one counts; a continuing violation counts from its end, and one still going on has not started
 * counting. It runs up to the day the competent body reviews (today): on the anniversary the form is still allowed,
 * from the next day it is time-barred.
 */
public final class LimitationPeriods {

    /** One violation as the limitation sees it; {@code endedOn} only for a continuing one, {@code ongoing} if not over. */
    public record Violation(ViolationKind kind, LocalDate startedOn, LocalDate endedOn, boolean ongoing) {
        LocalDate countsFrom(LocalDate today) {
            return ongoing ? today : endedOn != null ? endedOn : startedOn;
        }
    }

    /** The verdict: {@code years} null means no limit; {@code noLimitKind} names the violation kind that lifts it. */
    public record Limitation(String ruleKey, Integer years, LocalDate countedFrom, LocalDate lastAllowedDay, boolean expired,
                             ViolationKind noLimitKind) {

        /** The verdict in Vietnamese for the timeline. */
        public String vietnamese() {
            if (noLimitKind != null) {
                return "không áp dụng thời hiệu (" + Vietnamese.text(noLimitKind.labelKey()).toLowerCase() + ")";
            }
            if (years == null) {
                return "không áp dụng thời hiệu đối với hình thức này";
            }
            return "thời hiệu " + years + " năm tính từ " + Vietnamese.date(countedFrom) + ", đến hết ngày "
                    + Vietnamese.date(lastAllowedDay) + (expired ? ": đã hết thời hiệu" : ": còn thời hiệu");
        }
    }

    private LimitationPeriods() {
    }

    /** The rule row's step key: {@code MEMBER_REPRIMAND}, {@code ORG_WARNING}, … (as seeded in V12). */
    public static String ruleKey(DisciplineSubjectKind subject, DisciplineForm form) {
        String prefix = subject == DisciplineSubjectKind.ORGANIZATION ? "ORG_" : "MEMBER_";
        return prefix + (form == DisciplineForm.REMOVAL_FROM_POST ? "REMOVAL" : form.name());
    }

    /**
     * Checks one form against the violations; {@code yearsByRuleKey} reads the rule table (empty = no limit).
     * At least one violation is required.
     */
    public static Limitation check(DisciplineSubjectKind subject, DisciplineForm form, List<Violation> violations, LocalDate today,
                                   Function<String, OptionalInt> yearsByRuleKey) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a discipline review needs at least one violation");
        }
        String key = ruleKey(subject, form);
        LocalDate from = violations.stream().map(v -> v.countsFrom(today)).max(Comparator.naturalOrder()).orElseThrow();
        ViolationKind unlimited = violations.stream().map(Violation::kind).filter(ViolationKind::hasNoLimitation).findFirst()
                .orElse(null);
        OptionalInt years = yearsByRuleKey.apply(key);
        if (unlimited != null || years.isEmpty()) {
            return new Limitation(key, null, from, null, false, unlimited);
        }
        LocalDate last = from.plusYears(years.getAsInt());
        return new Limitation(key, years.getAsInt(), from, last, today.isAfter(last), null);
    }
}
