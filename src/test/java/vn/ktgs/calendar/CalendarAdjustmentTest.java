package vn.ktgs.calendar;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.KaribuTest;

/**
 * The administrators' calendar: adjustments change working days at once, nonsense is refused, every change
 * is audited. Uses 2035 so no other test's deadlines move.
 */
class CalendarAdjustmentTest extends KaribuTest {

    @Autowired CalendarService calendarService;
    @Autowired BusinessCalendar calendar;

    @Test
    void a_make_up_saturday_becomes_a_working_day_and_the_change_is_audited() {
        var admin = driver.user("admin");
        LocalDate saturday = LocalDate.of(2035, 3, 17);
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        var added = calendarService.add(admin, saturday, AdjustmentKind.WORKING_DAY, "Công văn 123/LĐTBXH: làm bù");
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2035, 3, 16), 1)).isEqualTo(saturday);

        assertThatThrownBy(() -> calendarService.add(admin, saturday, AdjustmentKind.DAY_OFF, "lặp"))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).containsExactly(FieldError.of("day", "adjustmentExists")));
        assertThatThrownBy(() -> calendarService.add(admin, LocalDate.of(2035, 3, 19), AdjustmentKind.WORKING_DAY, "thứ Hai"))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).containsExactly(FieldError.of("day", "alreadyWorkingDay")));

        calendarService.remove(admin, added.getId());
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendarService.history()).extracting(a -> a.getAction() + " " + a.getActor())
                .startsWith("REMOVE admin", "ADD admin");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_calendar_screen_lists_tet_and_refuses_an_adjustment_without_a_reason() {
        login("admin");
        UI.getCurrent().navigate("admin/calendar");
        _get(IntegerField.class, spec -> spec.withId("calendar-year")).setValue(2027);
        Grid<CalendarService.Day> days = _get(Grid.class, spec -> spec.withId("calendar-days"));
        assertThat(GridKt._fetch(days, 0, 100)).extracting(CalendarService.Day::date)
                .contains(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));

        DatePicker day = _get(DatePicker.class, spec -> spec.withId("adjustment-day"));
        day.setValue(LocalDate.of(2035, 4, 2));
        RadioButtonGroup<AdjustmentKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("adjustment-kind"));
        kind.setValue(AdjustmentKind.DAY_OFF);
        _click(_get(Button.class, spec -> spec.withId("adjustment-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("adjustment-reason")).getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        assertThat(calendar.isWorkingDay(LocalDate.of(2035, 4, 2))).isTrue();
        assertThat(day.getValue()).isEqualTo(LocalDate.of(2035, 4, 2));
    }
}
