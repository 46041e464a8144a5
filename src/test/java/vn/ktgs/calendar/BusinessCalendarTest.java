package vn.ktgs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.*;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ktgs.kernel.VietnamTime;

/** Vietnam's working calendar over real years, lunar holidays computed, compensatory days, adjustments. */
class BusinessCalendarTest {

    private static final Map<MonthDay, String> FIXED = Map.of(MonthDay.of(1, 1), "Tết Dương lịch",
            MonthDay.of(4, 30), "30/4", MonthDay.of(5, 1), "1/5", MonthDay.of(9, 1), "Quốc khánh (liền kề)",
            MonthDay.of(9, 2), "Quốc khánh");

    private final Map<LocalDate, AdjustmentKind> adjustments = new HashMap<>();
    private final BusinessCalendar calendar = new BusinessCalendar(() -> FIXED, () -> adjustments);

    private List<LocalDate> daysOff(int year, int month) {
        return calendar.daysOff(year).stream().map(Holidays.DayOff::date).filter(d -> d.getMonthValue() == month).toList();
    }

    @Test
    void lunar_new_year_is_computed_for_vietnam() {
        assertThat(VietnameseLunarCalendar.lunarNewYear(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(VietnameseLunarCalendar.lunarNewYear(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(VietnameseLunarCalendar.lunarNewYear(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        // 2030: the new moon falls late in the evening of 2/2 in Hanoi, after midnight in Beijing: Vietnam's
        // Tết is on Saturday 2/2 (China's on 3/2) — the reason the calendar is computed on the UTC+7 meridian
        assertThat(VietnameseLunarCalendar.lunarNewYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        com.ibm.icu.util.ChineseCalendar chinese = new com.ibm.icu.util.ChineseCalendar();
        chinese.setTimeInMillis(LocalDate.of(2007, 2, 18).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant().toEpochMilli());
        assertThat(chinese.get(com.ibm.icu.util.Calendar.DAY_OF_MONTH)).as("China's new year 2007").isEqualTo(1);
        // 2007: the new moon fell before midnight in Hanoi but after it in Beijing — Vietnam's Tết was a day earlier than China's (18/2)
        assertThat(VietnameseLunarCalendar.lunarNewYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void tet_2026_is_five_weekdays_off() {
        assertThat(daysOff(2026, 2)).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }

    @Test
    void tet_2027_on_a_weekend_brings_two_compensatory_days() {
        // Fri 5/2 .. Tue 9/2, of which Sat 6 and Sun 7 are compensated on Wed 10 and Thu 11
        assertThat(daysOff(2027, 2)).containsExactly(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
                LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
                LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
        assertThat(calendar.daysOff(2027)).filteredOn(d -> d.compensatory() && d.date().getMonthValue() == 2).hasSize(2);
        // and 1/5/2027 is a Saturday: Monday 3/5 is off
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
    }

    @Test
    void tet_2030_starts_on_a_saturday() {
        // Fri 1/2 (last day of the year), Sat 2 – Tue 5; Sat and Sun compensated on Wed 6 and Thu 7
        assertThat(daysOff(2030, 2)).containsExactly(LocalDate.of(2030, 2, 1), LocalDate.of(2030, 2, 2),
                LocalDate.of(2030, 2, 3), LocalDate.of(2030, 2, 4), LocalDate.of(2030, 2, 5),
                LocalDate.of(2030, 2, 6), LocalDate.of(2030, 2, 7));
    }

    @Test
    void the_hung_kings_day_on_a_sunday_is_compensated_on_monday() {
        assertThat(VietnameseLunarCalendar.toSolar(2026, 3, 10)).isEqualTo(LocalDate.of(2026, 4, 26));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(VietnameseLunarCalendar.toSolar(2025, 3, 10)).isEqualTo(LocalDate.of(2025, 4, 7));
    }

    @Test
    void a_deadline_spanning_tet_skips_the_whole_holiday() {
        // Fri 13/2/2026 + 5 working days: 16–20/2 are Tết → Mon 23 … Fri 27
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void working_days_skip_the_april_and_may_holidays() {
        // Fri 24/4/2026 + 5: Mon 27 (compensating Hùng Kings), Thu 30/4 and Fri 1/5 are off → Tue 28, Wed 29, Mon 4, Tue 5, Wed 6
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 5)).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void an_administrators_make_up_saturday_and_extra_day_off_count() {
        adjustments.put(LocalDate.of(2026, 2, 14), AdjustmentKind.DAY_OFF);     // Sat, already off: no change
        adjustments.put(LocalDate.of(2026, 2, 13), AdjustmentKind.DAY_OFF);     // Fri before Tết given off
        adjustments.put(LocalDate.of(2026, 2, 28), AdjustmentKind.WORKING_DAY); // a Saturday worked instead
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        // Thu 12/2 + 5: (13 off, 14–15 weekend, 16–20 Tết) → 23, 24, 25, 26, 27
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        // Fri 27/2 + 1 is the make-up Saturday
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_working_day_deadline_ends_at_five_pm_in_vietnam_not_after_24_hour_blocks() {
        Instant lateFridayNight = LocalDateTime.of(2026, 3, 6, 23, 30).atZone(VietnamTime.ZONE).toInstant();
        Instant due = calendar.deadline(lateFridayNight, 1, TimeUnit.WORKING_DAYS);
        assertThat(due.atZone(VietnamTime.ZONE).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 9, 17, 0));
    }

    @Test
    void calendar_days_and_months_count_every_day() {
        Instant start = LocalDateTime.of(2026, 1, 31, 10, 0).atZone(VietnamTime.ZONE).toInstant();
        assertThat(VietnamTime.localDate(calendar.deadline(start, 90, TimeUnit.CALENDAR_DAYS))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(VietnamTime.localDate(calendar.deadline(start, 1, TimeUnit.MONTHS))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void working_days_between_counts_days_late() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 13))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 8))).isZero();
    }
}
