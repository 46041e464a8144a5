package vn.ktgs.member;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.member.ui.MemberRecordView;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.support.TestCommittee;

/** The member's record page: the discipline on it, what became of each entry, the cases, and who may open it. */
class MemberRecordViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DisciplineRecords records;
    @Autowired CaseService cases;

    @Test
    void the_chair_of_the_province_sees_a_warning_and_the_expulsion_that_ended_the_membership() {
        TestCommittee c = TestCommittee.create(jdbc, 1, 2);
        long member = c.memberIds().get(0);
        records.imposeOnMember(member, DisciplineForm.WARNING, "4-QĐ/CB", c.cellIds().get(0),
                LocalDate.of(2036, 2, 3), LocalDate.of(2036, 2, 5), null, c.chair());
        records.imposeOnMember(member, DisciplineForm.EXPULSION, "21-QĐ/UBKT", c.orgId(),
                LocalDate.of(2036, 5, 10), LocalDate.of(2036, 5, 12), null, c.chair());
        CaseFile review = caseAbout(member, c.orgId(), c.path(), "Xem xét kỷ luật đảng viên");

        login("chunhiem");
        UI.getCurrent().navigate("members/" + member);

        assertThat(_get(H2.class, spec -> spec.withId("member-heading")).getText()).isEqualTo("Hồ sơ đảng viên: " + name(member));
        assertThat(_get(Span.class, spec -> spec.withId("member-expelled")).getText()).isEqualTo("Đã khai trừ từ 12/05/2036");
        Grid<?> discipline = _get(Grid.class, spec -> spec.withId("member-discipline"));
        assertThat(GridKt._size(discipline)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(discipline, 0)).containsExactly("Khai trừ", "21-QĐ/UBKT", orgName(c.orgId()),
                "10/05/2036", "12/05/2036", "Đang có hiệu lực");
        assertThat(GridKt._getFormattedRow(discipline, 1)).containsExactly("Cảnh cáo", "4-QĐ/CB", orgName(c.cellIds().get(0)),
                "03/02/2036", "05/02/2036", "Đang có hiệu lực");
        assertThat(_get(Anchor.class, spec -> spec.withText(review.getCaseNumber() + " – " + review.getTitle())).getHref())
                .isEqualTo("cases/" + review.getId());

        // and back: the case page of a member's case leads to the member's record
        UI.getCurrent().navigate("cases/" + review.getId());
        assertThat(_get(Anchor.class, spec -> spec.withId("case-member-record")).getHref()).isEqualTo("members/" + member);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).as("a case without a team says nothing, not 'null'")
                .noneMatch(p -> p.getText().contains("null"));
    }

    @Test
    void a_changed_discipline_names_its_replacement_an_annulled_one_its_reason_and_only_cases_in_scope_are_listed() {
        TestCommittee c = TestCommittee.create(jdbc, 1, 1);
        long member = c.memberIds().get(0);
        DisciplineRecord expulsion = records.imposeOnMember(member, DisciplineForm.EXPULSION, "30-QĐ/UBKT", c.orgId(),
                LocalDate.of(2036, 3, 2), LocalDate.of(2036, 3, 2), null, c.chair());
        records.change(expulsion.getId(), DisciplineForm.WARNING, "31-QĐ/UBKT", c.orgId(), LocalDate.of(2036, 6, 1), null,
                "Khiếu nại có cơ sở một phần", c.chair());
        DisciplineRecord reprimand = records.imposeOnMember(member, DisciplineForm.REPRIMAND, "2-QĐ/CB", c.cellIds().get(0),
                LocalDate.of(2036, 1, 10), LocalDate.of(2036, 1, 10), null, c.chair());
        records.annul(reprimand.getId(), "Quyết định không đúng thẩm quyền", c.chair());
        CaseFile own = caseAbout(member, c.orgId(), c.path(), "Giải quyết khiếu nại kỷ luật");
        Long province = jdbc.queryForObject("select id from organization where code = 'T01'", Long.class);
        CaseFile provinces = caseAbout(member, province, "/TW/T01/", "Kiểm tra của tỉnh");

        login(c.chair());
        UI.getCurrent().navigate("members/" + member);

        _assertNone(Span.class, spec -> spec.withId("member-expelled"));
        Grid<?> discipline = _get(Grid.class, spec -> spec.withId("member-discipline"));
        assertThat(GridKt._size(discipline)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(discipline, 0)).startsWith("Cảnh cáo", "31-QĐ/UBKT").endsWith("Đang có hiệu lực");
        assertThat(GridKt._getFormattedRow(discipline, 1)).startsWith("Khai trừ", "30-QĐ/UBKT")
                .endsWith("Đã thay đổi – thay bằng Cảnh cáo (quyết định 31-QĐ/UBKT) – lý do: Khiếu nại có cơ sở một phần");
        assertThat(GridKt._getFormattedRow(discipline, 2)).startsWith("Khiển trách", "2-QĐ/CB")
                .endsWith("Đã xóa bỏ – lý do: Quyết định không đúng thẩm quyền");
        // the commune committee sees its own case about the member, not the province's
        _assertOne(Anchor.class, spec -> spec.withText(own.getCaseNumber() + " – " + own.getTitle()));
        _assertNone(Anchor.class, spec -> spec.withText(provinces.getCaseNumber() + " – " + provinces.getTitle()));
    }

    @Test
    void a_commune_chair_cannot_open_a_member_outside_their_scope_nor_learn_the_name() {
        TestCommittee other = TestCommittee.create(jdbc, 1, 1);
        TestCommittee mine = TestCommittee.create(jdbc, 1, 1);
        long member = other.memberIds().get(0);
        records.imposeOnMember(member, DisciplineForm.WARNING, "8-QĐ/UBKT", other.orgId(),
                LocalDate.of(2036, 4, 1), LocalDate.of(2036, 4, 1), null, other.chair());

        login(mine.chair());
        UI.getCurrent().navigate("members/" + member);
        String outside = _get(MemberRecordView.class).getElement().getTextRecursively();

        assertThat(_get(H2.class, spec -> spec.withId("member-not-available")).getText())
                .isEqualTo("Không tìm thấy đảng viên hoặc đảng viên ngoài phạm vi của đồng chí.");
        assertThat(outside).doesNotContain(name(member)).doesNotContain("8-QĐ/UBKT");
        _assertNone(Grid.class);
        // an id that does not exist looks the same
        UI.getCurrent().navigate("members/" + (member + 1_000_000));
        assertThat(_get(MemberRecordView.class).getElement().getTextRecursively()).isEqualTo(outside);
    }

    @Test
    void an_expelled_member_shows_so_in_the_organisation_grid_and_a_click_opens_the_record() {
        TestCommittee c = TestCommittee.create(jdbc, 1, 1);
        long member = c.memberIds().get(0);
        records.imposeOnMember(member, DisciplineForm.EXPULSION, "40-QĐ/UBKT", c.orgId(),
                LocalDate.of(2036, 7, 1), LocalDate.of(2036, 7, 3), null, c.chair());

        login("chunhiem");
        UI.getCurrent().navigate("organizations");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Tìm đảng viên theo tên")), name(member));
        @SuppressWarnings("unchecked")
        Grid<PartyMember> grid = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Đã khai trừ từ 03/07/2036").doesNotContain("Chính thức");

        GridKt._clickItem(grid, 0, 1, false, false, false, false);

        _assertOne(MemberRecordView.class);
        assertThat(_get(H2.class, spec -> spec.withId("member-heading")).getText()).isEqualTo("Hồ sơ đảng viên: " + name(member));
    }

    private CaseFile caseAbout(long member, long ownerOrgId, String ownerPath, String title) {
        Instant opened = LocalDate.of(2036, 6, 15).atStartOfDay(VietnamTime.ZONE).toInstant();
        return cases.open(new CaseFile("discipline-review", title, "Nội dung thử.", ownerOrgId, ownerPath, null, member,
                name(member), ownerPath, null, null, "test", opened), "HS");
    }

    private String name(long member) {
        return jdbc.queryForObject("select full_name from party_member where id = ?", String.class, member);
    }

    private String orgName(long orgId) {
        return jdbc.queryForObject("select name from organization where id = ?", String.class, orgId);
    }
}
