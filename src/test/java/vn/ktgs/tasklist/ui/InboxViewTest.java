package vn.ktgs.tasklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.Option;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.reminder.NotificationService;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxFilter;
import vn.ktgs.tasklist.InboxItem;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.SavedFilters;
import vn.ktgs.tasklist.TaskAssignments;

/** The inbox as its users work it: search without tone marks, filters, taking a task, giving tasks to someone. */
class InboxViewTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static List<InboxItem> rows() {
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void a_team_lead_finds_a_task_typed_without_tone_marks_takes_it_and_filters_their_own() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B19");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        login("truongdoan");
        UI.getCurrent().navigate("inbox");
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), "lap ke hoach " + c.getCaseNumber().toLowerCase());
        assertThat(rows()).extracting(InboxItem::caseNumber).containsExactly(c.getCaseNumber());
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("1 công việc");

        String taskId = rows().get(0).taskId();
        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        Button take = (Button) GridKt._getCellComponent(grid, 0, InboxFilter.Sort.ASSIGNEE.name());
        assertThat(take.getText()).isEqualTo("Nhận");
        _click(take);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.offered()).isFalse();
            assertThat(row.assigneeName()).isEqualTo("Phạm Đức Đoàn");
        });
        @SuppressWarnings("unchecked")
        Select<InboxFilter.Scope> scope = _get(Select.class, spec -> spec.withId("inbox-scope"));
        _setValue(scope, InboxFilter.Scope.GROUPS);
        assertThat(rows()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-empty")).getText()).startsWith("Không có công việc nào khớp");
        _setValue(scope, InboxFilter.Scope.MINE);
        assertThat(rows()).extracting(InboxItem::taskId).containsExactly(taskId);
        @SuppressWarnings("unchecked")
        ComboBox<String> process = _get(ComboBox.class, spec -> spec.withId("inbox-process"));
        _setValue(process, "denunciation");
        assertThat(rows()).isEmpty();
    }

    @Test
    void the_chair_gives_a_task_from_the_case_page_with_a_reason() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B20");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        login("kiemtra1");
        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_find(Button.class, spec -> spec.withId("case-reassign-" + InspectionProcess.TASK_SET_PLAN))).as("an inspector may not").isEmpty();

        login("chunhiem");
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("cases/" + c.getId());
        _click(_get(Button.class, spec -> spec.withId("case-reassign-" + InspectionProcess.TASK_SET_PLAN)));
        @SuppressWarnings("unchecked")
        ComboBox<Option> to = _get(ComboBox.class, spec -> spec.withId("reassign-assignee"));
        _setValue(to, new Option("Phạm Đức Đoàn (truongdoan)", "truongdoan"));
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reassign-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        _setValue(reason, "Đồng chí Đoàn đã nắm đơn vị này.");
        _click(_get(Button.class, spec -> spec.withId("reassign-confirm")));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getAssignee()).isEqualTo("truongdoan");
        // the new holder is told: the menu counts the unread notification
        long unread = context.getBean(NotificationService.class).unread(driver.user("truongdoan"));
        assertThat(unread).isPositive();
        signInAnew("truongdoan");
        UI.getCurrent().navigate("inbox");
        assertThat(_get(Span.class, spec -> spec.withId("menu-count-notifications")).getText()).isEqualTo(String.valueOf(unread));
    }

    @Test
    void a_team_lead_shares_a_filter_the_team_sees_with_its_count_in_the_menu_and_only_its_owner_deletes_it() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B23");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        login("truongdoan");
        UI.getCurrent().navigate("inbox");
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), c.getCaseNumber());
        _click(_get(Button.class, spec -> spec.withId("inbox-save-filter")));
        _click(_get(Button.class, spec -> spec.withId("save-filter-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("save-filter-name")).getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        _setValue(_get(TextField.class, spec -> spec.withId("save-filter-name")), "Hồ sơ " + c.getCaseNumber());
        _setValue(_get(Checkbox.class, spec -> spec.withId("save-filter-share")), true);
        _click(_get(Button.class, spec -> spec.withId("save-filter-confirm")));
        // the menu lists it under the inbox with the number of tasks it finds now
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Hồ sơ " + c.getCaseNumber() + " (1)");

        // an inspector of the committee sees it, applied to their own inbox, and may not delete it
        login("kiemtra2");
        UI.getCurrent().navigate("cases");
        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        ComboBox<SavedFilters.Listed> saved = _get(ComboBox.class, spec -> spec.withId("inbox-saved"));
        SavedFilters.Listed shared = saved.getListDataView().getItems().filter(f -> f.name().equals("Hồ sơ " + c.getCaseNumber()))
                .findFirst().orElseThrow();
        assertThat(shared.shared()).isTrue();
        _setValue(saved, shared);
        assertThat(_get(TextField.class, spec -> spec.withId("inbox-search")).getValue()).isEqualTo(c.getCaseNumber());
        assertThat(rows()).allSatisfy(row -> assertThat(row.caseNumber()).isEqualTo(c.getCaseNumber()));
        assertThat(_get(Button.class, spec -> spec.withId("inbox-delete-filter")).isEnabled()).isFalse();
        assertThatThrownBy(() -> context.getBean(SavedFilters.class).delete(driver.user("kiemtra2"), shared.id()))
                .isInstanceOf(AccessDeniedException.class);
        // a commune's inspector does not see the province's filter
        assertThat(context.getBean(SavedFilters.class).of(driver.user("xa.kiemtra"))).extracting(SavedFilters.Listed::id).doesNotContain(shared.id());
    }

    @Test
    void a_task_given_to_me_appears_in_my_open_inbox_without_a_reload() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B29");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, CaseDriver.values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", List.of("kiemtra1"), "reportDueDate", CaseDriver.today().plusDays(15)));
        driver.claim("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT);
        login("kiemtra2");
        UI.getCurrent().navigate("inbox");
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), c.getCaseNumber());
        assertThat(rows()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("0 công việc");

        // the chair gives it to kiemtra2 elsewhere; the open inbox shows it once the change commits
        context.getBean(TaskAssignments.class).reassign(driver.user("chunhiem"),
                driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId(), "kiemtra2", "Đồng chí Kiểm nghỉ ốm");
        MockVaadin.clientRoundtrip();
        // the page itself changed (its count is set only when the view refreshes; the grid's rows are fetched anew anyway)
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("1 công việc");
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.assignee()).isEqualTo("kiemtra2"));
    }

    @Test
    void the_holder_sets_a_follow_up_day_that_the_inbox_shows_and_filters_on() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B31");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        driver.claim("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN);
        try {
            login("truongdoan");
            UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId());
            DatePicker followUp = _get(DatePicker.class, spec -> spec.withId("task-follow-up"));
            _setValue(followUp, CaseDriver.today().minusDays(1));
            assertThat(followUp.getErrorMessage()).isEqualTo("Ngày không được trước hôm nay.");
            _setValue(followUp, CaseDriver.today().plusDays(3));
            assertThat(followUp.isInvalid()).isFalse();

            InboxFilter mine = InboxFilter.everything().withSearch(c.getCaseNumber());
            InboxItem row = inboxService().inbox(driver.user("truongdoan"), mine, 0, 5).get(0);
            assertThat(VietnamTime.localDate(row.followUpAt())).isEqualTo(CaseDriver.today().plusDays(3));
            InboxFilter due = mine.withDue(InboxFilter.Due.FOLLOW_UP);
            assertThat(inboxService().count(driver.user("truongdoan"), due)).isZero();
            CaseDriver.clockAt(CaseDriver.today().plusDays(3).atTime(9, 0));
            assertThat(inboxService().count(driver.user("truongdoan"), due)).isEqualTo(1);
        } finally {
            ClockUtil.reset();
        }
    }

    private InboxService inboxService() {
        return context.getBean(InboxService.class);
    }
}
