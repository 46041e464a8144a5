package vn.ktgs.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.ui.TaskView;

/** A financial inspection's verification form refuses a negative amount; the case page lists the findings and their total. */
class FinanceInspectionViewTest extends KaribuTest {

    @Autowired InboxService inbox;
    @Autowired FindingService findings;

    @Test
    void a_negative_amount_is_refused_in_the_form_with_a_translated_message_and_the_input_is_kept() {
        PlannedInspectionSteps steps = new PlannedInspectionSteps(driver, inbox);
        CaseFile c = steps.start(FinanceInspectionProcess.KEY, FinanceInspectionProcess.CASE_NUMBER_PREFIX,
                "Kiểm tra tài chính đảng (biểu mẫu thẩm tra)");
        steps.plan(c, LocalDate.now().plusDays(14));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        login("kiemtra1");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getTaskId());

        _get(TextArea.class, spec -> spec.withId("field-verification")).setValue("Đối chiếu sổ quỹ.");
        // the findings list starts empty (a clean verification has none): the inspector adds a row
        _assertNone(Select.class, spec -> spec.withId("field-findings-0-area"));
        _click(_get(Button.class, spec -> spec.withId("add-findings")));
        @SuppressWarnings("unchecked")
        Select<Option> area = _get(Select.class, spec -> spec.withId("field-findings-0-area"));
        area.setValue(area.getListDataView().getItems().filter(o -> o.value().equals("PARTY_FEES")).findFirst().orElseThrow());
        _get(TextArea.class, spec -> spec.withId("field-findings-0-description")).setValue("Trích nộp đảng phí thiếu");
        NumberField amount = _get(NumberField.class, spec -> spec.withId("field-findings-0-amount"));
        amount.setValue(-3_000_000d);
        _click(_get(Button.class, spec -> spec.withId("complete")));

        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("Không nhỏ hơn 0.");
        assertThat(amount.getValue()).isEqualTo(-3_000_000d);
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY)).isNotNull();

        amount.setValue(3_000_000d);
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(driver.openTasks(c.getId())).extracting(t -> t.getTaskKey()).containsExactly(InspectionProcess.TASK_RESULT_REPORT);
        assertThat(findings.describe(c.getId())).contains("Thu, nộp, sử dụng đảng phí: Trích nộp đảng phí thiếu – 3.000.000 đồng");
    }

    @Test
    void the_case_page_shows_each_finding_with_its_amount_and_the_total() {
        PlannedInspectionSteps steps = new PlannedInspectionSteps(driver, inbox);
        CaseFile c = steps.start(FinanceInspectionProcess.KEY, FinanceInspectionProcess.CASE_NUMBER_PREFIX,
                "Kiểm tra tài chính đảng (trang hồ sơ)");
        steps.plan(c, LocalDate.now().plusDays(14));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu chứng từ.",
                "findings", List.of(values("area", "ACCOUNTING", "description", "Hạch toán sai tài khoản", "amount", 2_750_000),
                        values("area", "BUDGET_INCOME", "description", "Thu không nộp ngân sách", "amount", 1_000_000))));

        login("kiemtra2");
        UI.getCurrent().navigate("cases/" + c.getId());
        Div section = _get(Div.class, spec -> spec.withId("case-findings"));
        @SuppressWarnings("unchecked")
        Grid<InspectionFinding> grid = _get(section, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Công tác kế toán", "Hạch toán sai tài khoản", "2.750.000 đồng");
        assertThat(_get(section, Paragraph.class).getText()).isEqualTo("Tổng số tiền sai phạm: 3.750.000 đồng");
    }

    @Test
    void the_result_report_page_labels_the_total_in_the_users_language_while_the_recorded_text_stays_vietnamese() {
        PlannedInspectionSteps steps = new PlannedInspectionSteps(driver, inbox);
        CaseFile c = steps.start(FinanceInspectionProcess.KEY, FinanceInspectionProcess.CASE_NUMBER_PREFIX,
                "Kiểm tra tài chính đảng (trang báo cáo kết quả)");
        steps.plan(c, LocalDate.now().plusDays(14));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu chứng từ.",
                "findings", List.of(values("area", "ACCOUNTING", "description", "Hạch toán sai tài khoản", "amount", 2_750_000))));

        login("truongdoan");
        english();
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_RESULT_REPORT).getTaskId());
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Total amount of irregularities: 2.750.000 đồng")
                .noneMatch(line -> line.startsWith("Tổng số tiền sai phạm"));
        // what the conclusion records is a decision's text: Vietnamese, whoever reads it
        assertThat(findings.describe(c.getId())).endsWith("Tổng số tiền sai phạm: 2.750.000 đồng");
    }
}
