package vn.ktgs.programme;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.TestCommittee;
import vn.ktgs.support.KaribuTest;

/** The programme page: a chair drafts a programme, adds items (a duplicate is refused in the dialog), approves it, sees it behind. */
class ProgrammeViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired OrganizationService organizations;
    @Autowired ProgrammeService programmes;
    @Autowired vn.ktgs.casefile.CaseService cases;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_drafts_and_approves_a_programme_and_sees_the_first_quarter_behind() {
        TestCommittee pg = TestCommittee.create(jdbc, 2, 4);
        CaseDriver.clockAt(LocalDateTime.of(2029, 1, 12, 9, 0)); // a year no other test uses
        login(pg.chair());
        UI.getCurrent().navigate("programmes");

        _click(_get(Button.class, spec -> spec.withId("programme-new")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("new-programme-start")), 2029);
        _setValue(_get(TextField.class, spec -> spec.withId("new-programme-title")), "Chương trình kiểm tra, giám sát năm 2029");
        _click(_get(Button.class, spec -> spec.withId("new-programme-save")));
        Grid<Programme> list = _get(Grid.class, spec -> spec.withId("programme-list"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-status")).getText()).isEqualTo("Dự thảo");

        Organization cell = organizations.byId(pg.cellIds().get(0));
        addItem(cell, "Việc chấp hành nghị quyết của chi bộ", 1);
        Grid<ProgrammeItem> items = _get(Grid.class, spec -> spec.withId("programme-items"));
        assertThat(GridKt._size(items)).isEqualTo(1);

        // the same kind and subject again: refused beside the subject, the dialog keeps what was typed
        addItem(cell, "Lần hai", 2);
        ComboBox<Organization> subject = _get(ComboBox.class, spec -> spec.withId("item-subject-org"));
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Chương trình đã có nội dung cùng loại với cùng đối tượng này.");
        assertThat(_get(TextArea.class, spec -> spec.withId("item-content")).getValue()).isEqualTo("Lần hai");
        // another subject, but quarter 7
        _setValue(subject, organizations.byId(pg.cellIds().get(1)));
        IntegerField quarter = _get(IntegerField.class, spec -> spec.withId("item-quarter"));
        _setValue(quarter, 7);
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(quarter.getErrorMessage()).isEqualTo("Phải từ 1 đến 4.");
        _setValue(quarter, 2);
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(GridKt._size(items)).isEqualTo(2);

        _click(_get(Button.class, spec -> spec.withId("programme-approve")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-status")).getText()).startsWith("Đã phê duyệt · phê duyệt bởi " + pg.chair());
        _assertNone(Button.class, spec -> spec.withId("programme-approve"));
        assertThat(_get(Div.class, spec -> spec.withId("programme-history")).getElement().getTextRecursively())
                .contains(pg.chair() + " · Phê duyệt: ANNUAL 2029 – Chương trình kiểm tra, giám sát năm 2029");

        // changing an approved programme's item asks for a reason and keeps the item as it was until one is given
        items.select(GridKt._get(items, 0));
        _click(_get(Button.class, spec -> spec.withId("programme-item-edit")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quarter")), 3);
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        TextField reason = _get(TextField.class, spec -> spec.withId("item-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("Chương trình đã phê duyệt: cần ghi lý do điều chỉnh.");
        assertThat(GridKt._get(items, 0).getQuarterNo()).isEqualTo(1);
        _setValue(reason, "Chi bộ đề nghị lùi thời gian");
        _click(_get(Button.class, spec -> spec.withId("item-save")));
        assertThat(GridKt._get(items, 0).getQuarterNo()).isEqualTo(2); // the other item, planned in quarter 2, now sorts first
        assertThat(GridKt._get(items, 1).getQuarterNo()).isEqualTo(3);
        assertThat(_get(Div.class, spec -> spec.withId("programme-history")).getElement().getTextRecursively())
                .contains("Điều chỉnh nội dung").contains("Lý do: Chi bộ đề nghị lùi thời gian");

        // 2 April: the first quarter has ended with no cell or member covered
        CaseDriver.clockAt(LocalDateTime.of(2029, 4, 2, 9, 0));
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("programmes");
        list = _get(Grid.class, spec -> spec.withId("programme-list"));
        list.select(GridKt._get(list, 0));
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-orgs")).getText())
                .isEqualTo("Tổ chức đảng trực thuộc: 0 / 2 (0.0%) – chưa đạt chỉ tiêu 100% (cần 2)");
        assertThat(_get(Paragraph.class, spec -> spec.withId("programme-members")).getText())
                .isEqualTo("Đảng viên thuộc diện quản lý: 0 / 4 (0.0%) – chưa đạt chỉ tiêu 25% (cần 1)");
        assertThat(_get(Div.class, spec -> spec.withId("programme-warnings")).getElement().getTextRecursively())
                .contains("Quý 1/2029: mới kiểm tra, giám sát 0 tổ chức trực thuộc, tiến độ chỉ tiêu cần 1 (trên tổng 2).");

        // the committee's inspector sees the same programme
        login(pg.inspector());
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("programmes");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("programme-list")))).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_item_of_an_approved_programme_starts_its_case_and_the_case_page_names_the_item() {
        TestCommittee pg = TestCommittee.create(jdbc, 1, 1);
        CaseDriver.clockAt(LocalDateTime.of(2031, 2, 2, 9, 0));
        var chair = driver.user(pg.chair());
        Programme p = programmes.create(chair, pg.orgId(), ProgrammeKind.ANNUAL, 2031, null, "Chương trình năm 2031");
        programmes.saveItem(chair, p.getId(), null, new ItemDraft(ItemKind.FINANCE, pg.cellIds().get(0), null,
                "Thu, nộp đảng phí", null, 1, pg.inspector(), null));
        programmes.approve(chair, p.getId());

        login(pg.inspector());
        UI.getCurrent().navigate("programmes");
        Grid<Programme> list = _get(Grid.class, spec -> spec.withId("programme-list"));
        list.select(GridKt._get(list, 0));
        Grid<ProgrammeItem> items = _get(Grid.class, spec -> spec.withId("programme-items"));
        items.select(GridKt._get(items, 0));
        _click(_get(Button.class, spec -> spec.withId("programme-item-start")));
        ProgrammeItem started = GridKt._get(items, 0);
        assertThat(started.getCaseId()).isNotNull();
        assertThat(GridKt._getFormattedRow(items, 0)).contains(cases.get(started.getCaseId()).getCaseNumber());
        // the lead by name, not by login
        String leadName = "Kiểm tra viên " + pg.code().substring(2);
        assertThat(GridKt._getFormattedRow(items, 0)).contains(leadName).doesNotContain(pg.inspector());
        assertThat(_get(Button.class, spec -> spec.withId("programme-item-start")).isEnabled()).isFalse();

        UI.getCurrent().navigate("cases/" + started.getCaseId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-programme-item")).getText())
                .isEqualTo("Chương trình “Chương trình năm 2031” (2031): Kiểm tra tài chính đảng, quý 1/2031, người chủ trì "
                        + leadName + " (" + pg.inspector() + ").");
    }

    @SuppressWarnings("unchecked")
    private void addItem(Organization subject, String content, int quarter) {
        _click(_get(Button.class, spec -> spec.withId("programme-item-add")));
        _setValue(_get(Select.class, spec -> spec.withId("item-kind")), ItemKind.COMPLIANCE);
        _setValue(_get(ComboBox.class, spec -> spec.withId("item-subject-org")), subject);
        _setValue(_get(TextArea.class, spec -> spec.withId("item-content")), content);
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quarter")), quarter);
        ComboBox<CommitteeMembers.Person> lead = _get(ComboBox.class, spec -> spec.withId("item-lead"));
        _setValue(lead, lead.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("item-save")));
    }
}
