package vn.ktgs.calendar;

import static vn.ktgs.kernel.VietnamTime.*;

import java.time.*;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Working days in Vietnam: Monday to Friday minus public holidays (solar and lunar) and their
 * compensatory days, then the administrators' adjustments (an extra day off, a make-up working
 * Saturday) on top. All date logic runs in Asia/Ho_Chi_Minh; a deadline falls at 17:00 local time.
 */
@Component
public class BusinessCalendar {

    private final Supplier<Map<MonthDay, String>> fixedHolidays;
    private final Supplier<Map<LocalDate, AdjustmentKind>> adjustments;
    /** Holidays of a year are a pure function of the year and the fixed table: computed once. */
    private final Map<Integer, Map<LocalDate, Holidays.DayOff>> years = new ConcurrentHashMap<>();
    /** The adjustments as read recently (null in unit tests, which pass plain suppliers). */
    private ShortLived<Map<LocalDate, AdjustmentKind>> recentAdjustments;

    @Autowired
    BusinessCalendar(PublicHolidayRepository holidays, CalendarAdjustmentRepository adjustments) {
        this(() -> holidays.findAll().stream()
                        .collect(Collectors.toMap(h -> MonthDay.of(h.getMonth(), h.getDay()), PublicHoliday::getName)),
                new ShortLived<>(() -> adjustments.findAll().stream()
                        .collect(Collectors.toMap(CalendarAdjustment::getDay, CalendarAdjustment::getKind))));
    }

    private BusinessCalendar(Supplier<Map<MonthDay, String>> fixedHolidays, ShortLived<Map<LocalDate, AdjustmentKind>> adjustments) {
        this(fixedHolidays, adjustments::get);
        this.recentAdjustments = adjustments;
    }

    /** Called when an administrator changed the adjustments: this node counts with them at once. */
    void forgetAdjustments() {
        if (recentAdjustments != null) {
            recentAdjustments.forget();
        }
    }

    public BusinessCalendar(Supplier<Map<MonthDay, String>> fixedHolidays, Supplier<Map<LocalDate, AdjustmentKind>> adjustments) {
        this.fixedHolidays = fixedHolidays;
        this.adjustments = adjustments;
    }

    /** Public holidays and compensatory days of a year, without the administrators' adjustments. */
    public List<Holidays.DayOff> daysOff(int year) {
        return List.copyOf(holidaysOf(year).values());
    }

    private Map<LocalDate, Holidays.DayOff> holidaysOf(int year) {
        return years.computeIfAbsent(year, y -> Holidays.of(y, fixedHolidays.get()).stream()
                .collect(Collectors.toMap(Holidays.DayOff::date, Function.identity(), (a, b) -> a, TreeMap::new)));
    }

    /** The calendar with today's adjustments loaded once, for many questions in a row (a sweep, a deadline). */
    public WorkingDays workingDays() {
        return new WorkingDays(adjustments.get());
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays().isWorkingDay(date);
    }

    /** The date {@code days} working days after {@code from} (the start day itself is not counted). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        return workingDays().add(from, days);
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not after. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDays().between(from, to);
    }

    public Instant deadline(Instant start, int amount, TimeUnit unit) {
        LocalDate startDay = LocalDate.ofInstant(start, ZONE);
        LocalDate day = switch (unit) {
            case WORKING_DAYS -> addWorkingDays(startDay, amount);
            case CALENDAR_DAYS -> startDay.plusDays(amount);
            case MONTHS -> startDay.plusMonths(amount);
            case YEARS -> startDay.plusYears(amount);
        };
        return endOfDay(day);
    }

    /** Answers with one set of adjustments. */
    public final class WorkingDays {
        private final Map<LocalDate, AdjustmentKind> adjusted;

        private WorkingDays(Map<LocalDate, AdjustmentKind> adjusted) {
            this.adjusted = adjusted;
        }

        public boolean isWorkingDay(LocalDate date) {
            AdjustmentKind adjustment = adjusted.get(date);
            if (adjustment != null) {
                return adjustment == AdjustmentKind.WORKING_DAY;
            }
            return !Holidays.isWeekend(date) && !holidaysOf(date.getYear()).containsKey(date);
        }

        public LocalDate add(LocalDate from, int days) {
            LocalDate date = from;
            int left = days;
            while (left > 0) {
                date = date.plusDays(1);
                if (isWorkingDay(date)) {
                    left--;
                }
            }
            return date;
        }

        public int between(LocalDate from, LocalDate to) {
            int count = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
    }
}
