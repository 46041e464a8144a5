package vn.ktgs.supervision;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The supervision page: measures of the year, the chair's decisions, an observation recorded through its dialog. */
class SupervisionViewTest extends KaribuTest {

    @Autowired SignService signs;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ViolationSign record(String source, String subjectOrg, String content) {
        return signs.record(driver.user("kiemtra1"), values("source", source, "subjectKind", "ORGANIZATION",
                "subjectOrg", subjectOrg, "content", content));
    }

    /** The chair's button in the sign's row (component columns render only when asked for). */
    private static Button decisionButton(Grid<ViolationSign> grid, ViolationSign sign, String idPrefix) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            if (GridKt._get(grid, row).getId().equals(sign.getId())) {
                return _get(GridKt._getCellComponent(grid, row, "decision"), Button.class, spec -> spec.withId(idPrefix + sign.getId()));
            }
        }
        throw new AssertionError("no row for sign " + sign.getId());
    }

    private String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_sign_whose_review_a_deputy_has_taken_is_not_decided_by_the_chairs_button_and_the_page_says_why() {
        CaseDriver.clockAt(LocalDateTime.of(2035, 9, 5, 9, 0)); // no other test raises signs in 2035
        ViolationSign sign = record("PRESS", "KCQ-B34", "Báo chí phản ánh việc bổ nhiệm cán bộ không đúng quy trình.");
        var review = driver.openTask(sign.getReviewCaseId(), SignReviewProcess.TASK_REVIEW);
        context.getBean(vn.ktgs.tasklist.TaskWorkService.class).claim(driver.user("phochunhiem"), review.getTaskId());

        login("chunhiem");
        UI.getCurrent().navigate("supervision");
        Grid<ViolationSign> grid = _get(Grid.class, spec -> spec.withId("signs"));
        _click(decisionButton(grid, sign, "sign-inspect-"));
        assertThat(signs.get(sign.getId()).getStatus()).isEqualTo(SignStatus.AWAITING);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Không quyết định được dấu hiệu này: dấu hiệu đã được quyết định, hoặc việc xem xét đang do người khác nhận xử lý.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_sees_the_measures_of_the_year_and_decides_signs_from_the_page() {
        CaseDriver.clockAt(LocalDateTime.of(2032, 3, 3, 9, 0)); // a year no other test uses
        ViolationSign data = record("DATA_ANALYSIS", "KCQ-B31", "Dữ liệu đảng phí bất thường so với số đảng viên của đảng bộ.");
        ViolationSign press = record("PRESS", "KCQ-B32", "Báo chí phản ánh sai phạm trong quản lý đất đai của đơn vị.");

        login("chunhiem");
        UI.getCurrent().navigate("supervision");
        Grid<ViolationSign> grid = _get(Grid.class, spec -> spec.withId("signs"));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(text("signs-proactive")).isEqualTo("Phát hiện qua giám sát chủ động và phân tích dữ liệu: 50.0% (1/2 dấu hiệu; mục tiêu trên 15.0%).");
        assertThat(text("signs-inspected")).isEqualTo("Dấu hiệu được kiểm tra: 0.0% (0/2; 0 dấu hiệu đã loại; mục tiêu 100.0%).");

        _click(decisionButton(grid, data, "sign-inspect-"));
        assertThat(signs.get(data.getId()).getStatus()).isEqualTo(SignStatus.INSPECTED);
        assertThat(text("signs-inspected")).isEqualTo("Dấu hiệu được kiểm tra: 50.0% (1/2; 0 dấu hiệu đã loại; mục tiêu 100.0%).");

        // dismissing without a reason keeps the dialog open with an error
        _click(decisionButton(grid, press, "sign-dismiss-"));
        _click(_get(Button.class, spec -> spec.withId("sign-dismiss-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("sign-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        reason.setValue("Đã xác minh: thông tin báo chí không chính xác.");
        _click(_get(Button.class, spec -> spec.withId("sign-dismiss-confirm")));
        assertThat(signs.get(press.getId()).getStatus()).isEqualTo(SignStatus.DISMISSED);
        assertThat(text("signs-inspected")).isEqualTo("Dấu hiệu được kiểm tra: 100.0% (1/1; 1 dấu hiệu đã loại; mục tiêu 100.0%).");

        // the inspection case shows the sign and where it came from
        UI.getCurrent().navigate("cases/" + signs.get(data.getId()).getInspectionCaseId());
        assertThat(_get(Div.class, spec -> spec.withId("case-signs")).getElement().getTextRecursively())
                .contains("Phân tích dữ liệu").contains("Dữ liệu đảng phí bất thường");
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("cases/" + data.getReviewCaseId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_inspector_records_an_observation_that_raises_a_sign_and_filters_the_list() {
        CaseDriver.clockAt(LocalDateTime.of(2033, 4, 6, 9, 0));
        login("kiemtra2");
        UI.getCurrent().navigate("supervision");

        _click(_get(Button.class, spec -> spec.withId("record-observation")));
        Select<Option> kind = _get(Select.class, spec -> spec.withId("field-kind"));
        kind.setValue(kind.getListDataView().getItems().filter(o -> o.value().equals("MEETING")).findFirst().orElseThrow());
        _get(DatePicker.class, spec -> spec.withId("field-observedOn")).setValue(LocalDate.of(2033, 4, 3));
        RadioButtonGroup<Option> subjectKind = _get(RadioButtonGroup.class, spec -> spec.withId("field-subjectKind"));
        subjectKind.setValue(subjectKind.getListDataView().getItems().filter(o -> o.value().equals("ORGANIZATION")).findFirst().orElseThrow());
        ComboBox<Option> org = _get(ComboBox.class, spec -> spec.withId("field-subjectOrg"));
        org.setValue(new Option("Đảng bộ", "KCQ-B33"));
        _get(TextArea.class, spec -> spec.withId("field-content")).setValue("Dự hội nghị kiểm điểm giữa nhiệm kỳ của Đảng ủy.");
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("field-raiseSign")).setValue(true);
        // the sign's content is required once a sign is raised: nothing is saved, the values stay
        _click(_get(Button.class, spec -> spec.withId("record-save")));
        TextArea signContent = _get(TextArea.class, spec -> spec.withId("field-signContent"));
        assertThat(signContent.isInvalid()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("field-content")).getValue()).startsWith("Dự hội nghị");
        signContent.setValue("Hội nghị không đủ số lượng đảng viên dự nhưng vẫn biểu quyết nhân sự.");
        _click(_get(Button.class, spec -> spec.withId("record-save")));

        Grid<ObservationRow> observations = _get(Grid.class, spec -> spec.withId("observations"));
        assertThat(GridKt._size(observations)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._get(observations, 0).content()).isEqualTo("Dự hội nghị kiểm điểm giữa nhiệm kỳ của Đảng ủy.");
        Grid<ViolationSign> signGrid = _get(Grid.class, spec -> spec.withId("signs"));
        assertThat(GridKt._size(signGrid)).isEqualTo(1);
        assertThat(text("signs-proactive")).startsWith("Phát hiện qua giám sát chủ động và phân tích dữ liệu: 100.0% (1/1");

        _setValue(_get(DatePicker.class, spec -> spec.withId("observation-from")), LocalDate.of(2033, 4, 1));
        assertThat(GridKt._size(observations)).isEqualTo(1);
        ComboBox<ObservationKind> kindFilter = _get(ComboBox.class, spec -> spec.withId("observation-kind"));
        _setValue(kindFilter, ObservationKind.PRESS);
        assertThat(GridKt._size(observations)).isZero();
        _setValue(kindFilter, ObservationKind.MEETING);
        assertThat(GridKt._size(observations)).isEqualTo(1);
    }
}
