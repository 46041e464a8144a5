package vn.ktgs.discipline;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.discipline.DisciplineReviewProcess.*;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.support.TestCommittee;

/** What a user sees: the "Kỷ luật" section with the ballot's arithmetic, and the authority matrix for administrators. */
class DisciplineViewTest extends KaribuTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** A review of the committee's first member opened and heard on 10/03/2032, waiting for its ballot. */
    private CaseFile heardOn10March(TestCommittee c, String decidingBody, String form, LocalDate violationOn) {
        CaseDriver.clockAt(LocalDateTime.of(2032, 3, 10, 9, 0));
        CaseFile opened = context.getBean(DisciplineReviews.class).open(driver.user(c.inspector()), values("subjectKind", "MEMBER",
                "subjectMember", String.valueOf(c.memberIds().get(0)), "decidingBody", decidingBody, "proposedForm", form,
                "violations", List.of(values("kind", "ORDINARY", "description", "Nhận hối lộ trong công tác cán bộ.",
                        "startDate", violationOn, "ongoing", false))));
        driver.complete(c.inspector(), opened.getId(), TASK_DEFERRAL, values("deferral", "NONE"));
        driver.complete(c.inspector(), opened.getId(), TASK_HEARING, values("hearingDate", LocalDate.of(2032, 3, 10),
                "attendance", "ATTENDED", "notes", "Đồng chí trình bày, nhận khuyết điểm.", "selfCriticism", "Tự nhận hình thức cảnh cáo."));
        return opened;
    }

    @Test
    void the_case_page_shows_the_ballot_arithmetic_the_decision_the_appeal_window_and_the_members_record() {
        TestCommittee c = TestCommittee.create(context.getBean(JdbcTemplate.class), 1, 2);
        CaseFile opened = heardOn10March(c, "COMMITTEE", "EXPULSION", LocalDate.of(2031, 8, 1));
        Map<String, Object> vote = values("meetingDate", LocalDate.of(2032, 3, 10), "bodyMembers", 12, "present", 11,
                "votesExpulsion", 3, "votesWarning", 4, "votesReprimand", 2, "votesNone", 2);
        driver.complete(c.inspector(), opened.getId(), TASK_VOTE, vote);
        driver.complete(c.inspector(), opened.getId(), TASK_ANNOUNCE, values("decisionNumber", "21-QĐ/UBKT",
                "decisionDate", LocalDate.of(2032, 3, 10), "announcedOn", LocalDate.of(2032, 3, 10), "refusedToReceive", false));

        login(c.chair());
        UI.getCurrent().navigate("cases/" + opened.getId());

        Div ballot = _get(Div.class, spec -> spec.withId("discipline-ballot"));
        assertThat(_find(ballot, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "Khai trừ: 3 ≤ 12/2: không đạt",
                "Chưa có đề nghị khai trừ của chi bộ (ít nhất 2/3 đảng viên chính thức): khai trừ không đạt",
                "Cảnh cáo: 4 + 3 (từ khai trừ) = 7 > 12/2: đạt",
                "Kết quả: Cảnh cáo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("discipline-decision")).getText())
                .isEqualTo("Quyết định số 21-QĐ/UBKT ngày 10/03/2032, công bố ngày 10/03/2032.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("discipline-appeal")).getText())
                .isEqualTo("Thời hạn khiếu nại: đến 09/04/2032.");
        @SuppressWarnings("unchecked")
        Grid<DisciplineRecord> record = _get(Grid.class, spec -> spec.withId("discipline-record"));
        assertThat(GridKt._getFormattedRow(record, 0)).containsExactly("Cảnh cáo", "21-QĐ/UBKT", "10/03/2032", "Đang có hiệu lực");
    }

    @Test
    void a_voted_form_that_became_time_barred_is_shown_waiting_for_the_chair_not_as_no_discipline() {
        TestCommittee c = TestCommittee.create(context.getBean(JdbcTemplate.class), 1, 2);
        // reprimand: in time until 15/03/2032; the vote is recorded on 20/03
        CaseFile opened = heardOn10March(c, "CELL", "REPRIMAND", LocalDate.of(2027, 3, 15));
        CaseDriver.clockAt(LocalDateTime.of(2032, 3, 20, 9, 0));
        driver.complete(c.inspector(), opened.getId(), TASK_VOTE, values("meetingDate", LocalDate.of(2032, 3, 20), "bodyMembers", 9,
                "present", 9, "votesReprimand", 6, "votesWarning", 0, "votesNone", 3));

        login(c.chair());
        UI.getCurrent().navigate("cases/" + opened.getId());

        Div ballot = _get(Div.class, spec -> spec.withId("discipline-ballot"));
        assertThat(_find(ballot, Paragraph.class)).extracting(Paragraph::getText)
                .contains("Hình thức đạt số phiếu đã hết thời hiệu: chờ Chủ nhiệm quyết định có vẫn thi hành kỷ luật hay không.")
                .doesNotContain("Hình thức đạt số phiếu đã hết thời hiệu và Chủ nhiệm không quyết định vẫn xem xét: không thi hành kỷ luật.");
    }

    @Test
    void an_administrator_grants_authority_in_the_matrix_and_the_change_is_recorded_while_a_chair_only_reads_it() {
        DisciplineAuthority authority = context.getBean(DisciplineAuthority.class);
        login("admin");
        UI.getCurrent().navigate("admin/discipline-authority");
        Checkbox box = _get(Checkbox.class, spec -> spec.withId("authority-CELL-ORGANIZATION-REPRIMAND"));
        assertThat(box.getValue()).isFalse();
        try {
            _setValue(box, true);
            assertThat(authority.allows(OrgLevel.CELL, DisciplineSubjectKind.ORGANIZATION, DisciplineForm.REPRIMAND)).isTrue();
            assertThat(context.getBean(AuditTrail.class).of(DisciplineAuthority.AUDIT_SUBJECT)).extracting(e -> e.getDetail())
                    .contains("CELL ORGANIZATION REPRIMAND");
        } finally {
            authority.set(driver.user("admin"), OrgLevel.CELL, DisciplineSubjectKind.ORGANIZATION, DisciplineForm.REPRIMAND, false);
        }

        login("chunhiem");
        UI.getCurrent().navigate("inbox"); // a new view for the new user (navigating to the same route keeps the old one)
        UI.getCurrent().navigate("admin/discipline-authority");
        assertThat(_get(Checkbox.class, spec -> spec.withId("authority-CELL-FULL_MEMBER-WARNING")).getValue()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("authority-CELL-FULL_MEMBER-WARNING")).isEnabled()).isFalse();
    }

    @Test
    void the_demo_province_holds_a_heard_review_waiting_for_its_ballot_in_the_provincial_inspectors_inbox() {
        Integer waiting = context.getBean(JdbcTemplate.class).queryForObject("select count(*) from inbox_task t join case_file c "
                + "on c.id = t.case_id where t.process_key = 'discipline-review' and t.task_key = 'Task_RecordVote' "
                + "and t.owner_org_path = '/TW/T01/' and c.subject_name like '%Chi bộ%'", Integer.class);
        assertThat(waiting).isPositive();
    }

    @Test
    void a_violation_dated_after_today_is_marked_on_its_field_and_no_case_is_opened() {
        var user = login("kiemtra2");
        vn.ktgs.casefile.CaseService cases = context.getBean(vn.ktgs.casefile.CaseService.class);
        long before = cases.count(user, "", null);
        UI.getCurrent().navigate("discipline/new");
        pick("field-subjectKind", "MEMBER");
        @SuppressWarnings("unchecked")
        ComboBox<Option> member = _get(ComboBox.class, spec -> spec.withId("field-subjectMember"));
        member.setValue(member.getLazyDataView().getItems().findFirst().orElseThrow());
        pick("field-decidingBody", "COMMITTEE");
        choose("field-proposedForm", "REPRIMAND");
        choose("field-violations-0-kind", "ORDINARY");
        _get(TextArea.class, spec -> spec.withId("field-violations-0-description")).setValue("Vi phạm quy định về việc nêu gương.");
        LocalDate tomorrow = vn.ktgs.support.CaseDriver.today().plusDays(1);
        _get(DatePicker.class, spec -> spec.withId("field-violations-0-startDate")).setValue(tomorrow);
        _click(_get(Button.class, spec -> spec.withId("submit-discipline")));

        assertThat(_get(DatePicker.class, spec -> spec.withId("field-violations-0-startDate")).getErrorMessage())
                .isEqualTo("Ngày không được sau hôm nay.");
        assertThat(cases.count(user, "", null)).isEqualTo(before);
    }

    @Test
    void a_subjects_contact_person_may_neither_open_a_review_nor_read_the_authority_matrix() {
        login("lienhe");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("discipline/new"))
                .hasMessageContaining("Access is denied");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UI.getCurrent().navigate("admin/discipline-authority"))
                .hasMessageContaining("Access is denied");
    }

    @SuppressWarnings("unchecked")
    private static void pick(String id, String value) {
        RadioButtonGroup<Option> group = _get(RadioButtonGroup.class, spec -> spec.withId(id));
        group.setValue(group.getListDataView().getItems().filter(o -> o.value().equals(value)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static void choose(String id, String value) {
        Select<Option> select = _get(Select.class, spec -> spec.withId(id));
        select.setValue(select.getListDataView().getItems().filter(o -> o.value().equals(value)).findFirst().orElseThrow());
    }
}
