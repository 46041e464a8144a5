package vn.ktgs.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.inspection.InspectionService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.support.TestCommittee;

/**
 * Programmes: approval rights, every refused input (nothing saved is lost), and live coverage with numbers
 * checked by hand. Each test builds its own committee and works in 2028, a year no other test uses.
 */
@IntegrationTest
class ProgrammeServiceTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CaseDriver driver;
    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeItemStarter starter;
    @Autowired ProgrammeCoverage coverage;
    @Autowired InspectionService inspections;
    @Autowired AuditTrail audit;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void coverage_counts_each_subject_once_from_the_committees_own_cases_of_the_year_and_warns_when_a_quarter_is_behind() {
        TestCommittee pg = TestCommittee.create(jdbc, 4, 10);
        KtgsUser chair = driver.user(pg.chair());
        CaseDriver.clockAt(LocalDateTime.of(2028, 1, 5, 9, 0));
        Programme p = programmes.create(chair, pg.orgId(), ProgrammeKind.ANNUAL, 2028, null, "Chương trình năm 2028");
        item(chair, p, ItemKind.COMPLIANCE, pg.cellIds().get(0), null, 1, pg.inspector());
        item(chair, p, ItemKind.THEMATIC_SUPERVISION, null, pg.memberIds().get(0), 1, pg.inspector());
        item(chair, p, ItemKind.FINANCE, pg.cellIds().get(1), null, 2, pg.chair());
        item(chair, p, ItemKind.COMPLIANCE, pg.cellIds().get(2), null, 3, pg.inspector());

        // not counted: the year before, and another committee's case on one of the cells
        CaseDriver.clockAt(LocalDateTime.of(2027, 11, 3, 9, 0));
        driver.proposeOrgInspection(pg.inspector(), pg.cellCodes().get(3));
        CaseDriver.clockAt(LocalDateTime.of(2028, 2, 10, 9, 0));
        driver.proposeOrgInspection("kiemtra1", pg.cellCodes().get(3));
        // first quarter: cells 1 and 2
        driver.proposeOrgInspection(pg.inspector(), pg.cellCodes().get(0));
        driver.proposeOrgInspection(pg.inspector(), pg.cellCodes().get(1));
        // second quarter: cell 1 again (counted once), cell 3, three members, one of them twice
        CaseDriver.clockAt(LocalDateTime.of(2028, 5, 12, 9, 0));
        driver.proposeOrgInspection(pg.inspector(), pg.cellCodes().get(0));
        driver.proposeOrgInspection(pg.inspector(), pg.cellCodes().get(2));
        for (int m : new int[] {0, 1, 2, 2}) {
            proposeMember(pg.inspector(), pg.memberIds().get(m));
        }

        CaseDriver.clockAt(LocalDateTime.of(2028, 7, 15, 9, 0));
        ProgrammeProgress progress = coverage.progress(chair, p.getId());
        // 3 of the 4 cells: 75 %, against a 100 % quota (needs all 4)
        assertThat(progress.organisations()).isEqualTo(new ProgrammeProgress.Coverage(3, 4, 100));
        assertThat(progress.organisations().share().getAsDouble()).isEqualTo(75.0);
        assertThat(progress.organisations().required()).isEqualTo(4);
        assertThat(progress.organisations().quotaMet()).isFalse();
        // 3 of the 10 members: 30 %, the commune level's 25 % asks for 3 (2.5 rounded up): met
        assertThat(progress.members()).isEqualTo(new ProgrammeProgress.Coverage(3, 10, 25));
        assertThat(progress.members().share().getAsDouble()).isEqualTo(30.0);
        assertThat(progress.members().quotaMet()).isTrue();

        assertThat(progress.quarters()).hasSize(4);
        ProgrammeProgress.QuarterProgress q1 = progress.quarters().get(0);
        assertThat(List.of(q1.planned(), q1.started())).containsExactly(2, 0);
        assertThat(List.of(q1.orgsCoveredByEnd(), q1.membersCoveredByEnd())).containsExactly(2L, 0L);
        // Q1 ended with both items not started, and no member covered where a quarter of the quota (1) was due
        assertThat(q1.warnings()).containsExactly(
                new ProgrammeProgress.Warning("programme.warn.notStarted", List.of("1/2028", 2, 2)),
                new ProgrammeProgress.Warning("programme.warn.membersBehind", List.of("1/2028", 0L, 1L, 10L)));
        ProgrammeProgress.QuarterProgress q2 = progress.quarters().get(1);
        assertThat(List.of(q2.orgsCoveredByEnd(), q2.membersCoveredByEnd())).containsExactly(3L, 3L);
        // by the end of Q2 half the quotas were due: 2 organisations and 2 members, both reached; its item is not started
        assertThat(q2.warnings()).containsExactly(new ProgrammeProgress.Warning("programme.warn.notStarted", List.of("2/2028", 1, 1)));
        ProgrammeProgress.QuarterProgress q3 = progress.quarters().get(2);
        assertThat(q3.ended()).isFalse();
        assertThat(q3.planned()).isEqualTo(1);
        assertThat(q3.warnings()).isEmpty();

        // on the last day of Q1 nothing is behind yet: the quarter has not ended
        CaseDriver.clockAt(LocalDateTime.of(2028, 3, 31, 16, 0));
        assertThat(coverage.progress(chair, p.getId()).warnings()).isEmpty();
    }

    @Test
    void only_the_committees_own_people_see_who_may_lead_its_items() {
        TestCommittee pg = TestCommittee.create(jdbc, 1, 1);

        assertThat(programmes.leadsOf(driver.user(pg.inspector()), pg.orgId())).isNotEmpty();
        assertThatThrownBy(() -> programmes.leadsOf(driver.user("xa.kiemtra"), pg.orgId())).isInstanceOf(AccessDeniedException.class);
        // not even the province above it
        assertThatThrownBy(() -> programmes.leadsOf(driver.user("chunhiem"), pg.orgId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_chair_of_the_programmes_committee_approves_it_and_the_audit_trail_records_who() {
        TestCommittee pg = TestCommittee.create(jdbc, 2, 2);
        CaseDriver.clockAt(LocalDateTime.of(2028, 1, 6, 9, 0));
        KtgsUser inspector = driver.user(pg.inspector());
        Programme p = programmes.create(inspector, pg.orgId(), ProgrammeKind.ANNUAL, 2028, null, "Chương trình năm 2028");
        assertRefused(() -> programmes.approve(driver.user(pg.chair()), p.getId()), "status", "programmeEmpty");
        item(inspector, p, ItemKind.COMPLIANCE, pg.cellIds().get(0), null, 2, pg.inspector());

        assertThatThrownBy(() -> programmes.approve(inspector, p.getId())).isInstanceOf(AccessDeniedException.class);
        // the province's chair is not this committee's chair
        assertThatThrownBy(() -> programmes.approve(driver.user("chunhiem"), p.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.get(inspector, p.getId()).getStatus()).isEqualTo(ProgrammeStatus.DRAFT);

        programmes.approve(driver.user(pg.chair()), p.getId());
        Programme approved = programmes.get(inspector, p.getId());
        assertThat(approved.getStatus()).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(approved.getApprovedBy()).isEqualTo(pg.chair());
        assertThat(audit.of(ProgrammeService.auditSubject(p.getId())))
                .anySatisfy(e -> assertThat(List.of(e.getActor(), e.getAction())).containsExactly(pg.chair(), "APPROVE"));
        assertRefused(() -> programmes.approve(driver.user(pg.chair()), p.getId()), "status", "alreadyApproved");
        // another committee's people do not even see it
        assertThatThrownBy(() -> programmes.itemsOf(driver.user("xa.kiemtra"), p.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void bad_items_are_refused_with_a_field_error_and_nothing_saved_is_lost() {
        TestCommittee pg = TestCommittee.create(jdbc, 2, 3);
        CaseDriver.clockAt(LocalDateTime.of(2028, 1, 7, 9, 0));
        KtgsUser user = driver.user(pg.inspector());
        Programme p = programmes.create(user, pg.orgId(), ProgrammeKind.ANNUAL, 2028, null, "Chương trình năm 2028");
        ProgrammeItem saved = item(user, p, ItemKind.COMPLIANCE, pg.cellIds().get(0), null, 2, pg.inspector());

        assertRefused(() -> item(user, p, ItemKind.COMPLIANCE, pg.cellIds().get(0), null, 3, pg.chair()), "subject", "duplicateItem");
        Long outsideOrg = jdbc.queryForObject("select id from organization where code = 'X01-C01'", Long.class);
        Long outsideMember = jdbc.queryForObject("select min(id) from party_member where org_id = ?", Long.class, outsideOrg);
        assertRefused(() -> item(user, p, ItemKind.FINANCE, outsideOrg, null, 2, pg.inspector()), "subject", "outsideJurisdiction");
        assertRefused(() -> item(user, p, ItemKind.FINANCE, null, outsideMember, 2, pg.inspector()), "subject", "outsideJurisdiction");
        assertRefused(() -> item(user, p, ItemKind.FINANCE, pg.cellIds().get(1), null, 0, pg.inspector()), "quarter", "range");
        assertRefused(() -> item(user, p, ItemKind.FINANCE, pg.cellIds().get(1), null, 5, pg.inspector()), "quarter", "range");
        assertRefused(() -> item(user, p, ItemKind.FINANCE, pg.cellIds().get(1), null, 2, "kiemtra1"), "lead", "leadNotInCommittee");
        assertRefused(() -> programmes.saveItem(user, p.getId(), null, new ItemDraft(ItemKind.FINANCE, pg.cellIds().get(1), null,
                "Nội dung", 2029, 1, pg.inspector(), null)), "planYear", "range");
        // the same subject under another kind is a different item
        item(user, p, ItemKind.FINANCE, pg.cellIds().get(0), null, 3, pg.chair());
        assertThat(programmes.itemsOf(user, p.getId())).hasSize(2);

        // once approved, items change only with a reason, which the audit trail keeps
        programmes.approve(driver.user(pg.chair()), p.getId());
        ItemDraft moved = new ItemDraft(ItemKind.COMPLIANCE, pg.cellIds().get(0), null, "Nội dung đã điều chỉnh", null, 4,
                pg.inspector(), "  ");
        assertRefused(() -> programmes.saveItem(user, p.getId(), saved.getId(), moved), "reason", "reasonRequired");
        assertRefused(() -> programmes.removeItem(user, p.getId(), saved.getId(), null), "reason", "reasonRequired");
        ProgrammeItem unchanged = programmes.itemsOf(user, p.getId()).get(0);
        assertThat(List.of(unchanged.getQuarterNo(), unchanged.getContent())).containsExactly(2, "Nội dung kiểm tra năm 2028");
        programmes.saveItem(user, p.getId(), saved.getId(), new ItemDraft(ItemKind.COMPLIANCE, pg.cellIds().get(0), null,
                "Nội dung đã điều chỉnh", null, 4, pg.inspector(), "Đơn vị sáp nhập trong quý II"));
        assertThat(programmes.itemsOf(user, p.getId())).extracting(ProgrammeItem::getQuarterNo).containsExactly(3, 4);
        assertThat(audit.of(ProgrammeService.auditSubject(p.getId())))
                .anySatisfy(e -> assertThat(e.getDetail()).contains("Lý do: Đơn vị sáp nhập trong quý II"));

        // a second annual programme for the same year, and a term that ends too late
        assertRefused(() -> programmes.create(user, pg.orgId(), ProgrammeKind.ANNUAL, 2028, null, "Trùng"), "startYear", "programmeExists");
        assertRefused(() -> programmes.create(user, pg.orgId(), ProgrammeKind.TERM, 2028, 2035, "Toàn khóa"), "endYear", "termLength");
    }

    @Test
    void a_draft_programmes_items_cannot_be_started() {
        TestCommittee pg = TestCommittee.create(jdbc, 1, 1);
        CaseDriver.clockAt(LocalDateTime.of(2028, 1, 8, 9, 0));
        KtgsUser user = driver.user(pg.inspector());
        Programme p = programmes.create(user, pg.orgId(), ProgrammeKind.TERM, 2028, 2032, "Chương trình toàn khóa");
        ProgrammeItem item = programmes.saveItem(user, p.getId(), null, new ItemDraft(ItemKind.FINANCE, pg.cellIds().get(0), null,
                "Tài chính đảng", 2030, 2, pg.inspector(), null));
        assertRefused(() -> starter.start(user, item.getId()), "status", "programmeNotApproved");
        assertThat(programmes.itemsOf(user, p.getId()).get(0).getCaseId()).isNull();
        assertThat(coverage.progress(user, p.getId()).quarters()).hasSize(20);
    }

    @Test
    void the_demo_province_has_the_provincial_committees_approved_programme_and_a_communes_draft() {
        KtgsUser chair = driver.user("chunhiem");
        Long province = jdbc.queryForObject("select id from organization where code = 'T01'", Long.class);
        Programme demo = programmes.programmesOf(chair, province).stream()
                .filter(p -> p.getTitle().startsWith("Chương trình kiểm tra, giám sát năm")).findFirst().orElseThrow();
        assertThat(demo.getStatus()).isEqualTo(ProgrammeStatus.APPROVED);
        assertThat(demo.getApprovedBy()).isEqualTo("chunhiem");
        assertThat(programmes.itemsOf(chair, demo.getId())).extracting(ProgrammeItem::getKind).containsExactly(
                ItemKind.COMPLIANCE, ItemKind.FINANCE, ItemKind.DISCIPLINE_WORK, ItemKind.THEMATIC_SUPERVISION,
                ItemKind.THEMATIC_SUPERVISION);
        Long commune = jdbc.queryForObject("select id from organization where code = 'X01'", Long.class);
        assertThat(programmes.programmesOf(driver.user("xa.chunhiem"), commune))
                .anySatisfy(p -> assertThat(p.getStatus()).isEqualTo(ProgrammeStatus.DRAFT));
    }

    private ProgrammeItem item(KtgsUser user, Programme p, ItemKind kind, Long orgId, Long memberId, int quarter, String lead) {
        return programmes.saveItem(user, p.getId(), null,
                new ItemDraft(kind, orgId, memberId, "Nội dung kiểm tra năm 2028", null, quarter, lead, null));
    }

    private void proposeMember(String username, long memberId) {
        Map<String, Object> values = CaseDriver.proposal(null);
        values.put("subjectKind", "MEMBER");
        values.remove("subjectOrg");
        values.put("subjectMember", String.valueOf(memberId));
        inspections.propose(driver.user(username), values);
    }

    private static void assertRefused(Runnable action, String field, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FormValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}
