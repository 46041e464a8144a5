package vn.ktgs.calendar;

import java.time.*;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Working days in Vietnam: Monday to Friday minus public holidays. All date logic runs in
 * Asia/Ho_Chi_Minh; a deadline falls at the end of the office day (17:00 local).
 */
@Component
public class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final Supplier<Set<MonthDay>> holidays;

    @org.springframework.beans.factory.annotation.Autowired
    BusinessCalendar(PublicHolidayRepository repository) {
        this(() -> repository.findAll().stream().map(h -> MonthDay.of(h.getMonth(), h.getDay())).collect(Collectors.toSet()));
    }

    public BusinessCalendar(Supplier<Set<MonthDay>> holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.get().contains(MonthDay.from(date));
    }

    /** The date {@code days} working days after {@code from} (the start day itself is not counted). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        Set<MonthDay> fixed = holidays.get();
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !fixed.contains(MonthDay.from(date))) {
                left--;
            }
        }
        return date;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not after. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Set<MonthDay> fixed = holidays.get();
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !fixed.contains(MonthDay.from(d))) {
                count++;
            }
        }
        return count;
    }

    public Instant deadline(Instant start, int amount, TimeUnit unit) {
        LocalDate startDay = LocalDate.ofInstant(start, ZONE);
        LocalDate day = switch (unit) {
            case WORKING_DAYS -> addWorkingDays(startDay, amount);
            case CALENDAR_DAYS -> startDay.plusDays(amount);
            case MONTHS -> startDay.plusMonths(amount);
        };
        return endOfDay(day);
    }

    public static Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    public static LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
