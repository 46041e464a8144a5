package vn.ktgs.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.ktgs.kernel.VietnamTime;

/** Dates as Vietnamese offices write them, in Vietnam's time zone. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnamTime.ZONE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    private Formats() {
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date.atStartOfDay(VietnamTime.ZONE));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
