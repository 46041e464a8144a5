package vn.ktgs.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Vietnam's time zone, where every date of a case is counted; a deadline falls at 17:00 local time. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private VietnamTime() {
    }

    public static Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    public static LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
