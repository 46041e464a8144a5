package vn.ktgs.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import vn.ktgs.kernel.VietnamTime;

/**
 * Lunar dates as Vietnam counts them: ICU's Chinese calendar with its astronomy done on the UTC+7
 * meridian (the Vietnamese and Chinese calendars differ in the years where a new moon falls between
 * 23:00 and 24:00 Vietnam time). Lunar dates are computed, never typed in.
 */
final class VietnameseLunarCalendar {

    private static final TimeZone VIETNAM = TimeZone.getTimeZone("GMT+07:00");
    /** ICU's Chinese epoch (2637 BCE), so extended years mean what they mean in ICU. */
    private static final int CHINESE_EPOCH_YEAR = -2636;

    private VietnameseLunarCalendar() {
    }

    /** ICU's Chinese calendar, computed for Vietnam (the same trick ICU's Korean Dangi calendar uses). */
    private static final class OnVietnamMeridian extends ChineseCalendar {
        OnVietnamMeridian() {
            super(VIETNAM, ULocale.ROOT, CHINESE_EPOCH_YEAR, VIETNAM);
        }
    }

    /** The solar date of a lunar day (non-leap month) in the lunar year whose new year falls in {@code solarYear}. */
    static LocalDate toSolar(int solarYear, int lunarMonth, int lunarDay) {
        OnVietnamMeridian cal = new OnVietnamMeridian();
        cal.setTimeInMillis(noon(LocalDate.of(solarYear, 7, 1)));
        int extendedYear = cal.get(Calendar.EXTENDED_YEAR);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, extendedYear);
        cal.set(Calendar.MONTH, lunarMonth - 1);
        cal.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        cal.set(Calendar.DAY_OF_MONTH, lunarDay);
        cal.set(Calendar.HOUR_OF_DAY, 12);
        return Instant.ofEpochMilli(cal.getTimeInMillis()).atZone(VietnamTime.ZONE).toLocalDate();
    }

    /** Mùng 1 Tết of the lunar year that begins in {@code solarYear}. */
    static LocalDate lunarNewYear(int solarYear) {
        return toSolar(solarYear, 1, 1);
    }

    private static long noon(LocalDate day) {
        return day.atTime(12, 0).atZone(VietnamTime.ZONE).toInstant().toEpochMilli();
    }
}
