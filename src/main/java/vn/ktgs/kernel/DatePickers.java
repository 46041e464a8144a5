package vn.ktgs.kernel;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers as the rest of KTGS writes dates: dd/MM/yyyy, weeks from Monday, and in Vietnamese the month and day
 * names too ("Tháng 5", "T2"), where the web component would otherwise speak English. In the kernel, though a UI
 * helper, because every module builds date pickers, the organisation pages included.
 */
public final class DatePickers {

    private static final List<String> MONTHS = List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6",
            "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12");
    private static final List<String> WEEKDAYS = List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy");
    private static final List<String> WEEKDAYS_SHORT = List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7");

    private DatePickers() {
    }

    /** The picker in the current UI's language. */
    public static <T extends DatePicker> T localized(T picker) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        picker.setLocale(Locale.forLanguageTag("vi-VN"));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy").setFirstDayOfWeek(1);
        if (locale == null || "vi".equals(locale.getLanguage())) {
            i18n.setMonthNames(MONTHS).setWeekdays(WEEKDAYS).setWeekdaysShort(WEEKDAYS_SHORT).setToday("Hôm nay").setCancel("Hủy");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
