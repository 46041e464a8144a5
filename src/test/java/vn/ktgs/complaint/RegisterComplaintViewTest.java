package vn.ktgs.complaint;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.KaribuTest;

/** The intake screen: a refused complaint keeps what was typed and says why beside the field; a good one opens its case. */
class RegisterComplaintViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DisciplineRecords records;
    @Autowired ComplaintService complaints;

    private ComplaintFixture f;

    @BeforeEach
    void setUp() {
        f = ComplaintFixture.onMonday4April(jdbc, records);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @SuppressWarnings("unchecked")
    private void fill(String decisionNumber) {
        ComboBox<Option> complainant = _get(ComboBox.class, spec -> spec.withId("field-complainant"));
        complainant.setValue(complainant.getLazyDataView().getItems()
                .filter(o -> o.value().equals(String.valueOf(f.memberId()))).findFirst().orElseThrow());
        _get(TextField.class, spec -> spec.withId("field-decisionNumber")).setValue(decisionNumber);
        ComboBox<Option> org = _get(ComboBox.class, spec -> spec.withId("field-decidingOrg"));
        org.setValue(org.getLazyDataView().getItems()
                .filter(o -> o.value().equals(f.committee().cellCodes().get(0))).findFirst().orElseThrow());
        _get(DatePicker.class, spec -> spec.withId("field-decisionReceivedOn")).setValue(LocalDate.of(2033, 3, 1));
        _get(DatePicker.class, spec -> spec.withId("field-filedOn")).setValue(LocalDate.of(2033, 3, 10));
        _get(TextField.class, spec -> spec.withId("field-replyEmail")).setValue("dangvien@nguoidan.example");
        _get(TextArea.class, spec -> spec.withId("field-content")).setValue("Tôi khiếu nại vì chi bộ chưa nghe tôi trình bày ý kiến.");
        Select<Option> earlier = _get(Select.class, spec -> spec.withId("field-earlierResolution"));
        earlier.setValue(earlier.getListDataView().getItems().filter(o -> o.value().equals("NONE")).findFirst().orElseThrow());
    }

    private long saved() {
        return jdbc.queryForObject("select count(*) from discipline_complaint where committee_org_id = ?", Long.class, f.committee().orgId());
    }

    @Test
    void a_decision_not_on_record_is_explained_beside_its_field_and_nothing_is_saved() {
        login(f.committee().inspector());
        UI.getCurrent().navigate("complaints/new");
        fill("404-QĐ/KHONGCO");
        _click(_get(Button.class, spec -> spec.withId("submit-complaint")));

        TextField number = _get(TextField.class, spec -> spec.withId("field-decisionNumber"));
        assertThat(number.getErrorMessage()).startsWith("Không có quyết định kỷ luật số 404-QĐ/KHONGCO của Chi bộ ấp 1");
        assertThat(number.getValue()).isEqualTo("404-QĐ/KHONGCO");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-content")).getValue()).startsWith("Tôi khiếu nại");
        assertThat(saved()).isZero();
    }

    @Test
    void a_registered_complaint_opens_its_case_which_shows_the_discipline_in_force_and_the_deadline() {
        login(f.committee().inspector());
        UI.getCurrent().navigate("complaints/new");
        fill(f.record().getDecisionNumber());
        _click(_get(Button.class, spec -> spec.withId("submit-complaint")));

        assertThat(saved()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-discipline-state")).getText())
                .contains("vẫn phải chấp hành trong khi giải quyết khiếu nại");
        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-admissibility")).getText()).startsWith("Thuộc trường hợp thụ lý");
        assertThat(_get(Paragraph.class, spec -> spec.withId("complaint-deadline")).getText()).contains("90 ngày làm việc");
    }

    @Test
    void the_clerk_opens_the_intake_screen_and_a_contact_person_or_a_chair_alone_cannot() {
        login("vanthu");
        UI.getCurrent().navigate("complaints/new");
        _assertOne(Button.class, spec -> spec.withId("submit-complaint"));

        login("lienhe");
        assertThatThrownBy(() -> UI.getCurrent().navigate("complaints/new")).hasMessageContaining("Access is denied");
        login("xa.chunhiem"); // a chair decides complaints; the clerk or an inspector registers them
        assertThatThrownBy(() -> UI.getCurrent().navigate("complaints/new")).hasMessageContaining("Access is denied");
    }

    @Test
    void the_standing_members_see_why_a_complaint_is_not_admissible_above_the_reply_they_approve() {
        var c = complaints.register(driver.user(f.committee().inspector()), f.intake("filedOn", LocalDate.of(2033, 4, 1)));
        String taskId = driver.openTask(c.getId(), ComplaintProcess.TASK_APPROVE_REPLY).getTaskId();
        login(f.committee().chair());
        UI.getCurrent().navigate("task/" + taskId);

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Không thụ lý: gửi đơn quá thời hạn khiếu nại. Ủy ban gửi văn bản trả lời nêu rõ lý do và đóng hồ sơ.",
                        "Kỷ luật đang có hiệu lực và vẫn phải chấp hành trong khi giải quyết khiếu nại.")
                .anyMatch(t -> t.startsWith("Nhận quyết định kỷ luật: 01/03/2033 · nhận đơn khiếu nại: 01/04/2033 · hết thời hạn khiếu nại: 31/03/2033"));
    }
}
