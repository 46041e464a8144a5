package vn.ktgs.tasklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.ui.BpmnDiagram;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxFilter;

/** In English, the models' and forms' own texts are English too: step names, labels, options, the diagram; Vietnamese dates stay Vietnamese. */
class EnglishPagesTest extends KaribuTest {

    @Test
    void the_inbox_the_task_and_the_case_speak_english_when_english_is_chosen() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B21");
        login("chunhiem");
        english();
        UI.getCurrent().navigate("inbox");
        @SuppressWarnings("unchecked")
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), c.getCaseNumber());
        Anchor step = (Anchor) GridKt._getCellComponent(grid, 0, InboxFilter.Sort.STEP.name());
        assertThat(step.getText()).isEqualTo("Approve the inspection proposal");

        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId());
        assertThat(_get(H2.class, spec -> spec.withText("Approve the inspection proposal"))).isNotNull();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-decision"));
        assertThat(decision.getLabel()).isEqualTo("Standing members' decision");
        assertThat(decision.getListDataView().getItems().map(Option::label)).contains("Do not approve");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));

        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("cases/" + c.getId());
        @SuppressWarnings("unchecked")
        Grid<CaseEvent> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        assertThat(IntStream.range(0, GridKt._size(timeline)).mapToObj(i -> GridKt._getFormatted(timeline, i, "step")))
                .contains("Approve the inspection proposal").doesNotContain("Duyệt đề xuất kiểm tra");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("case-checklist")).getElement().getTextRecursively())
                .contains("✔ Approve the inspection proposal", "▶ Plan and inspection team").doesNotContain("Duyệt đề xuất");
        assertThat(_get(BpmnDiagram.class, spec -> spec.withId("case-diagram")).getElement().getProperty("diagram"))
                .contains("Plan and inspection team").doesNotContain("Lập kế hoạch, đoàn kiểm tra");
    }

    @Test
    void the_language_chosen_last_time_is_the_language_of_the_next_sign_in() {
        UserDirectory users = context.getBean(UserDirectory.class);
        users.chooseLanguage("kiemtra2", "en");
        try {
            login("kiemtra2");
            UI.getCurrent().navigate("inbox");
            assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
            assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        } finally {
            users.chooseLanguage("kiemtra2", "vi");
        }
    }

    @Test
    void a_vietnamese_date_picker_names_the_months_in_vietnamese() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B22");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId());
        DatePicker due = _get(DatePicker.class, spec -> spec.withId("field-reportDueDate"));
        assertThat(due.getI18n().getMonthNames()).startsWith("Tháng 1");
        assertThat(due.getI18n().getDateFormats()).containsExactly("dd/MM/yyyy");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-plan")).getLabel()).isEqualTo("Kế hoạch kiểm tra");
    }
}
