package vn.ktgs.discipline;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Vietnamese wording of a translation key for texts that outlive a page (the timeline, the documents): they are
 * written in Vietnamese whatever the language of the user who completed the step, from the same bundle the UI uses.
 */
final class Vietnamese {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Vietnamese() {
    }

    static String text(String key, Object... args) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", VI).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, VI).format(args);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DMY.format(date);
    }
}
