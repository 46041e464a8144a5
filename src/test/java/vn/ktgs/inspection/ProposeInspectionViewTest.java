package vn.ktgs.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.KaribuTest;

/** The proposal form: bad input is explained field by field and nothing is saved; good input opens a case. */
class ProposeInspectionViewTest extends KaribuTest {

    @Autowired CaseService cases;

    @Test
    void an_incomplete_proposal_marks_each_missing_field_and_opens_no_case() {
        var user = login("kiemtra2");
        long before = cases.count(user, "", null);
        UI.getCurrent().navigate("inspection/new");
        _get(TextField.class, spec -> spec.withId("field-title")).setValue("Kiểm tra");
        _get(TextArea.class, spec -> spec.withId("field-content")).setValue("quá ngắn");
        _click(_get(Button.class, spec -> spec.withId("submit-proposal")));

        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("field-subjectKind")).getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        assertThat(_get(TextArea.class, spec -> spec.withId("field-content")).getErrorMessage()).isEqualTo("Cần ít nhất 20 ký tự.");
        assertThat(_get(TextField.class, spec -> spec.withId("field-title")).getValue()).isEqualTo("Kiểm tra");
        assertThat(cases.count(user, "", null)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_member_can_be_chosen_from_a_searchable_list_and_the_proposal_opens_a_case() {
        var user = login("kiemtra2");
        long before = cases.count(user, "", null);
        UI.getCurrent().navigate("inspection/new");
        _assertNone(ComboBox.class, spec -> spec.withId("field-subjectMember"));
        RadioButtonGroup<Option> kind = _get(RadioButtonGroup.class, spec -> spec.withId("field-subjectKind"));
        kind.setValue(kind.getListDataView().getItems().filter(o -> o.value().equals("MEMBER")).findFirst().orElseThrow());
        // the member lookup appears, the organisation lookup goes
        _assertNone(ComboBox.class, spec -> spec.withId("field-subjectOrg"));
        ComboBox<Option> member = _get(ComboBox.class, spec -> spec.withId("field-subjectMember"));
        Option first = member.getLazyDataView().getItems().findFirst().orElseThrow();
        member.setValue(first);
        _get(TextField.class, spec -> spec.withId("field-title")).setValue("Kiểm tra đảng viên có dấu hiệu vi phạm");
        _get(TextArea.class, spec -> spec.withId("field-content")).setValue("Dấu hiệu kê khai tài sản không trung thực, theo đơn phản ánh.");
        var select = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("field-source"));
        select.setValue(((com.vaadin.flow.component.select.Select<Option>) select).getListDataView().getItems()
                .filter(o -> o.value().equals("DATA_ANALYSIS")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("submit-proposal")));

        assertThat(cases.count(user, "", null)).isEqualTo(before + 1);
        // the page went to the new case (other tests' cases, opened at later test clocks, may sort before it in a search)
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        assertThat(location).startsWith("cases/");
        var opened = cases.get(Long.parseLong(location.substring("cases/".length())));
        assertThat(opened.getTitle()).isEqualTo("Kiểm tra đảng viên có dấu hiệu vi phạm");
        assertThat(opened.getSubjectMemberId()).isEqualTo(Long.valueOf(first.value()));
        assertThat(opened.getSource()).isEqualTo("DATA_ANALYSIS");
    }
}
