package vn.ktgs.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxService;

/** The case page of a financial inspection lists the team's findings with amounts in đồng and their total. */
class FindingsSectionViewTest extends KaribuTest {

    @Autowired InboxService inbox;

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
}
