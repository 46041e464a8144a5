package vn.ktgs.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.*;

/**
 * Vietnam's public holidays of one year (Labour Code art. 112) and the compensatory days off when a
 * holiday falls on a weekend (art. 111): fixed solar days from the table, Tết (the last day of the lunar
 * year and the first four days of the new one) and the Hùng Kings' Commemoration (lunar 10/3).
 */
public final class Holidays {

    /** A day off and why. */
    public record DayOff(LocalDate date, String name, boolean compensatory) {
    }

    private Holidays() {
    }

    public static List<DayOff> of(int year, Map<MonthDay, String> fixed) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        fixed.forEach((md, name) -> {
            if (md.isValidYear(year)) {
                holidays.put(md.atYear(year), name);
            }
        });
        LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
        holidays.put(tet.minusDays(1), "Tết Nguyên Đán (ngày cuối năm âm lịch)");
        for (int i = 0; i < 4; i++) {
            holidays.put(tet.plusDays(i), "Tết Nguyên Đán (mùng " + (i + 1) + ")");
        }
        holidays.put(VietnameseLunarCalendar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");

        List<DayOff> days = new ArrayList<>();
        holidays.forEach((date, name) -> days.add(new DayOff(date, name, false)));
        Set<LocalDate> taken = new HashSet<>(holidays.keySet());
        for (Map.Entry<LocalDate, String> h : holidays.entrySet()) {
            if (isWeekend(h.getKey())) {
                LocalDate compensation = h.getKey().plusDays(1);
                while (isWeekend(compensation) || taken.contains(compensation)) {
                    compensation = compensation.plusDays(1);
                }
                taken.add(compensation);
                days.add(new DayOff(compensation, "Nghỉ bù " + h.getValue(), true));
            }
        }
        days.sort(Comparator.comparing(DayOff::date));
        return days;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
