package vn.ktgs.tasklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxItem;

/** A user away names a colleague, who then sees and works the absent user's task, marked as such. */
class SubstituteTest extends KaribuTest {

    @Test
    void an_inspector_names_a_colleague_who_works_the_task_marked_as_standing_in() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B27");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", List.of("kiemtra1"), "reportDueDate", CaseDriver.today().plusDays(15)));
        driver.claim("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        try {
            login("kiemtra1");
            UI.getCurrent().navigate("preferences");
            @SuppressWarnings("unchecked")
            ComboBox<Option> who = _get(ComboBox.class, spec -> spec.withId("substitute-person"));
            _setValue(who, new Option("Trần Thị Tra (kiemtra2)", "kiemtra2"));
            _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-from")), CaseDriver.today());
            _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-to")), CaseDriver.today().minusDays(1));
            _click(_get(Button.class, spec -> spec.withId("substitute-save")));
            assertThat(_get(DatePicker.class, spec -> spec.withId("substitute-to")).getErrorMessage())
                    .isEqualTo("Ngày kết thúc phải từ ngày bắt đầu trở đi và không quá 366 ngày.");
            _setValue(who, new Option("Võ Văn Xã (xa.kiemtra)", "xa.kiemtra"));
            _setValue(_get(DatePicker.class, spec -> spec.withId("substitute-to")), CaseDriver.today().plusDays(5));
            _click(_get(Button.class, spec -> spec.withId("substitute-save")));
            assertThat(who.getErrorMessage()).isEqualTo("Hãy chọn một đồng chí khác trong ủy ban của mình.");
            _setValue(who, new Option("Trần Thị Tra (kiemtra2)", "kiemtra2"));
            _click(_get(Button.class, spec -> spec.withId("substitute-save")));
            assertThat(_get(Div.class, spec -> spec.withId("substitute-current")).getElement().getTextRecursively()).contains("kiemtra2");

            // the substitute's next sign-in: the task is in their inbox, marked, and they do the step
            signInAnew("kiemtra2");
            UI.getCurrent().navigate("inbox");
            _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), c.getCaseNumber());
            @SuppressWarnings("unchecked")
            Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
            InboxItem row = GridKt._get(grid, 0);
            assertThat(row.assignee()).isEqualTo("kiemtra1");
            assertThat(row.standIn()).isTrue();
            UI.getCurrent().navigate(TaskView.class, row.taskId());
            assertThat(_get(Paragraph.class, spec -> spec.withId("task-stand-in")).getText()).contains("Nguyễn Văn Kiểm");
            driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Đối tượng đã nộp báo cáo.",
                    "onBehalf", true, "document", new UploadedFile("bao-cao.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))));
            assertThat(driver.timeline(c.getId())).anySatisfy(e -> assertThat(e.getActor()).isEqualTo("kiemtra2"));
            // someone who stands in for nobody does not see it
            assertThat(driver.user("kiemtra1").standsInFor()).isEmpty();
            assertThat(driver.user("kiemtra2").standsInFor()).containsExactly("kiemtra1");
        } finally {
            jdbc.update("delete from substitute where username = 'kiemtra1'");
        }
    }
}
