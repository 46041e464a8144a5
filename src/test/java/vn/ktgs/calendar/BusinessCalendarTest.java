package vn.ktgs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.*;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = new BusinessCalendar(() -> Set.of(
            MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 1), MonthDay.of(9, 2)));

    @Test
    void five_working_days_from_a_friday_skip_the_weekend() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void working_days_skip_the_april_and_may_holidays() {
        // Fri 24/4 + 5 working days: Mon 27, Tue 28, Wed 29, (Thu 30/4, Fri 1/5 off), Mon 4/5, Tue 5/5
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 5)).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void a_working_day_deadline_ends_at_five_pm_in_vietnam_not_after_24_hour_blocks() {
        Instant lateFridayNight = LocalDateTime.of(2026, 3, 6, 23, 30).atZone(BusinessCalendar.ZONE).toInstant();
        Instant due = calendar.deadline(lateFridayNight, 1, TimeUnit.WORKING_DAYS);
        assertThat(due.atZone(BusinessCalendar.ZONE).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 9, 17, 0));
    }

    @Test
    void calendar_days_and_months_count_every_day() {
        Instant start = LocalDateTime.of(2026, 1, 31, 10, 0).atZone(BusinessCalendar.ZONE).toInstant();
        assertThat(BusinessCalendar.localDate(calendar.deadline(start, 90, TimeUnit.CALENDAR_DAYS))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(BusinessCalendar.localDate(calendar.deadline(start, 1, TimeUnit.MONTHS))).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void working_days_between_counts_days_late() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 13))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 8))).isZero();
    }
}
