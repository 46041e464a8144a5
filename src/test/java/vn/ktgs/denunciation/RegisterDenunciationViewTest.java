package vn.ktgs.denunciation;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
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
    void the_clerk_sees_what_registration_will_do_before_anything_is_saved_and_may_go_back() {
        CaseDriver.clockAt(LocalDateTime.of(2034, 3, 6, 9, 0));
        Letters2034 f = Letters2034.create(jdbc);
        login(f.clerk());
        UI.getCurrent().navigate("denunciations/new");
        fillForm(Letters2034.letterAbout(f.member(1), "Trần Văn Gửi"));
        _setValue(_get(Checkbox.class, spec -> spec.withId("field-vague")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-denunciation")));

        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-dialog"));
        assertThat(_get(Div.class, spec -> spec.withId("confirm-preview")).getElement().getTextRecursively())
                .contains("Đơn sẽ không được giải quyết", "nội dung không cụ thể", "chỉ Chủ nhiệm hoặc Phó Chủ nhiệm");
        assertThat(jdbc.queryForObject("select count(*) from denunciation where committee_org_id = ?", Integer.class, f.committee().orgId())).isZero();
        dialog.close();
        assertThat(_get(TextField.class, spec -> spec.withId("field-denouncerName")).getValue()).isEqualTo("Trần Văn Gửi");

        _click(_get(Button.class, spec -> spec.withId("submit-denunciation")));
        confirmStep();
        assertThat(jdbc.queryForObject("select count(*) from denunciation where committee_org_id = ?", Integer.class, f.committee().orgId())).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("denunciation-outcome")).getText()).startsWith("Không giải quyết");

        // the chair corrects it: the reason is required, then the letter is taken up
        String casePath = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        login(f.committee().chair());
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate(casePath);
        _click(_get(Button.class, spec -> spec.withId("denunciation-correct")));
        _click(_get(Button.class, spec -> spec.withId("denunciation-correct-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("denunciation-correct-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        _setValue(reason, "Đơn nêu cụ thể thời gian và số tiền");
        _click(_get(Button.class, spec -> spec.withId("denunciation-correct-confirm")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("denunciation-outcome")).getText()).startsWith("Thụ lý giải quyết");
        assertThat(_find(Button.class, spec -> spec.withId("denunciation-correct"))).isEmpty();
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
