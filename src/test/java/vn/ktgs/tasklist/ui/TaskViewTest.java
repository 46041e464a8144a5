package vn.ktgs.tasklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxItem;
import vn.ktgs.tasklist.form.FormField;

/** The inbox and the generic task form, as the chair uses them. */
class TaskViewTest extends KaribuTest {

    @Test
    void the_chair_sees_the_proposal_in_the_inbox_with_case_number_subject_and_step() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B06");
        login("chunhiem");
        UI.getCurrent().navigate("inbox");

        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        List<InboxItem> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.caseNumber()).isEqualTo(c.getCaseNumber());
            assertThat(row.subjectName()).isEqualTo(c.getSubjectName()).startsWith("Đảng bộ");
            assertThat(row.taskName()).isEqualTo("Duyệt đề xuất kiểm tra");
            assertThat(row.overdue()).isFalse();
        });
        // sorted by due date, the soonest first
        assertThat(rows).extracting(InboxItem::dueAt).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
    }

    @Test
    void a_rejection_without_a_reason_is_refused_with_a_translated_message_and_the_input_is_kept() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B07");
        login("chunhiem");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();
        UI.getCurrent().navigate(TaskView.class, taskId);
        assertThat(_get(H2.class).getText()).isEqualTo("Duyệt đề xuất kiểm tra");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<FormField.Option> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-decision"));
        decision.setValue(decision.getListDataView().getItems().filter(o -> o.value().equals("REJECT")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("complete")));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("field-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        assertThat(decision.getValue().value()).isEqualTo("REJECT");
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE)).isNotNull();

        reason.setValue("Chưa đủ căn cứ.");
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(driver.openTasks(c.getId())).isEmpty();
    }

    @Test
    void a_candidate_claims_and_unclaims_a_task() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B08");
        login("phochunhiem");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();
        UI.getCurrent().navigate(TaskView.class, taskId);
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getAssignee()).isEqualTo("phochunhiem");
        assertThat(_get(Button.class, spec -> spec.withId("claim")).getText()).isEqualTo("Trả lại việc");
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getAssignee()).isNull();
    }

    @Test
    void someone_outside_the_candidate_groups_cannot_open_the_task() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B09");
        login("xa.chunhiem");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId());
        assertThat(_get(H2.class).getText()).isEqualTo("Công việc này không còn hoặc không thuộc quyền của đồng chí.");
        _assertNone(Button.class, spec -> spec.withId("complete"));
    }
}
