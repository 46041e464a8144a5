package vn.ktgs.denunciation;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The clerk's registration screen: a bad date is marked with its reason and what was typed stays; only clerks get the screen. */
class RegisterDenunciationViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_postmark_after_the_receipt_is_refused_with_its_reason_and_the_typed_letter_is_kept() {
        CaseDriver.clockAt(LocalDateTime.of(2034, 3, 6, 9, 0));
        Letters2034 f = Letters2034.create(jdbc);
        login(f.clerk());
        UI.getCurrent().navigate("denunciations/new");
        _setValue(_get(DatePicker.class, spec -> spec.withId("field-receivedOn")), LocalDate.of(2034, 3, 3));
        _setValue(_get(DatePicker.class, spec -> spec.withId("field-postmarkedOn")), LocalDate.of(2034, 3, 5));
        _setValue(_get(TextField.class, spec -> spec.withId("field-denouncerName")), "Người Viết Đơn");
        _click(_get(Button.class, spec -> spec.withId("submit-denunciation")));

        DatePicker postmark = _get(DatePicker.class, spec -> spec.withId("field-postmarkedOn"));
        assertThat(NotificationsKt.getNotifications()).isNotEmpty();
        assertThat(postmark.isInvalid()).isTrue();
        assertThat(postmark.getErrorMessage()).isEqualTo("Ngày dấu bưu điện không được sau ngày nhận đơn.");
        assertThat(_get(TextField.class, spec -> spec.withId("field-denouncerName")).getValue()).isEqualTo("Người Viết Đơn");
        assertThat(postmark.getValue()).isEqualTo(LocalDate.of(2034, 3, 5));
        assertThat(jdbc.queryForObject("select count(*) from denunciation where committee_org_id = ?", Integer.class, f.committee().orgId())).isZero();
    }

    @Test
    void an_inspector_gets_no_registration_screen_but_the_letter_list() {
        CaseDriver.clockAt(LocalDateTime.of(2034, 3, 6, 9, 0));
        Letters2034 f = Letters2034.create(jdbc);
        login(f.otherInspector());
        assertThatThrownBy(() -> UI.getCurrent().navigate("denunciations/new")).hasMessageContaining("Access is denied");
        UI.getCurrent().navigate("denunciations");
        assertThat(_get(Paragraph.class).getText()).contains("không hiển thị người tố cáo");
    }
}
