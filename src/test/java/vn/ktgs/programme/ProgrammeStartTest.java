package vn.ktgs.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.support.TestCommittee;
import vn.ktgs.tasklist.InboxTask;

/**
 * Starting items of an approved programme runs the other features' processes (inspection-compliance, -finance,
 * -discipline-work, supervision-thematic) with their start contract, and the started cases count as coverage.
 */
@IntegrationTest
class ProgrammeStartTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CaseDriver driver;
    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeItemStarter starter;
    @Autowired ProgrammeCoverage coverage;
    @Autowired CaseService cases;
    @Autowired RuntimeService runtime;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void each_item_kind_opens_its_case_and_starts_its_process_with_the_lead_on_the_first_task() {
        TestCommittee pg = TestCommittee.create(jdbc, 3, 2);
        CaseDriver.clockAt(LocalDateTime.of(2030, 1, 9, 9, 0)); // a year no other test uses
        KtgsUser chair = driver.user(pg.chair());
        Programme p = programmes.create(chair, pg.orgId(), ProgrammeKind.ANNUAL, 2030, null, "Chương trình năm 2030");
        ProgrammeItem compliance = item(chair, p, ItemKind.COMPLIANCE, pg.cellIds().get(0), null, 1, pg.inspector());
        ProgrammeItem finance = item(chair, p, ItemKind.FINANCE, pg.cellIds().get(1), null, 1, pg.inspector());
        ProgrammeItem work = item(chair, p, ItemKind.DISCIPLINE_WORK, pg.cellIds().get(2), null, 2, pg.inspector());
        ProgrammeItem thematic = item(chair, p, ItemKind.THEMATIC_SUPERVISION, null, pg.memberIds().get(0), 2, pg.inspector());
        programmes.approve(chair, p.getId());

        CaseDriver.clockAt(LocalDateTime.of(2030, 2, 3, 9, 0));
        KtgsUser inspector = driver.user(pg.inspector());
        assertStarted(starter.start(inspector, compliance.getId()), compliance, "inspection-compliance", "KTCH-2030-",
                pg.cellCodes().get(0), pg);
        assertStarted(starter.start(inspector, finance.getId()), finance, "inspection-finance", "KTTC-2030-",
                pg.cellCodes().get(1), pg);
        assertStarted(starter.start(inspector, work.getId()), work, "inspection-discipline-work", "KTCT-2030-",
                pg.cellCodes().get(2), pg);
        // a member's case runs against the member's own organisation
        String memberCell = pg.cellCodes().get(0); // member 0 is in cell 1
        assertStarted(starter.start(inspector, thematic.getId()), thematic, "supervision-thematic", "GSCD-2030-", memberCell, pg);

        // a started item is neither started again nor changed
        assertThatThrownBy(() -> starter.start(inspector, compliance.getId())).isInstanceOf(FormValidationException.class);
        assertThatThrownBy(() -> programmes.saveItem(inspector, p.getId(), compliance.getId(), new ItemDraft(ItemKind.COMPLIANCE,
                pg.cellIds().get(0), null, "Khác", null, 3, pg.inspector(), "Điều chỉnh"))).isInstanceOf(FormValidationException.class);

        ProgrammeProgress progress = coverage.progress(chair, p.getId());
        assertThat(progress.organisations()).isEqualTo(new ProgrammeProgress.Coverage(3, 3, 100));
        assertThat(progress.members()).isEqualTo(new ProgrammeProgress.Coverage(1, 2, 25));
        assertThat(progress.quarters()).extracting(ProgrammeProgress.QuarterProgress::planned).containsExactly(2, 2, 0, 0);
        assertThat(progress.quarters()).extracting(ProgrammeProgress.QuarterProgress::started).containsExactly(2, 2, 0, 0);
        assertThat(programmes.originOf(programmes.itemsOf(chair, p.getId()).get(0).getCaseId()))
                .hasValueSatisfying(origin -> assertThat(origin.programme().getId()).isEqualTo(p.getId()));
    }

    @Test
    void a_cells_secretary_plans_the_cells_own_members_and_a_started_item_counts_against_the_cells_15_percent() {
        TestCommittee pg = TestCommittee.create(jdbc, 4, 10); // cell 1 holds members 0, 4 and 8
        long cell = pg.cellIds().get(0);
        String secretary = "pg.bithu." + pg.code().toLowerCase();
        jdbc.update("insert into app_user (username, password_hash, full_name, email, enabled) values (?, 'x', 'Bí thư chi bộ', ?, true)",
                secretary, secretary + "@test.example");
        jdbc.update("insert into role_assignment (user_id, role, org_id) select id, 'CHAIR', ? from app_user where username = ?",
                cell, secretary);
        CaseDriver.clockAt(LocalDateTime.of(2030, 3, 2, 9, 0));
        KtgsUser chair = driver.user(secretary);
        Programme p = programmes.create(chair, cell, ProgrammeKind.ANNUAL, 2030, null, "Kế hoạch kiểm tra, giám sát của chi bộ");
        ProgrammeItem item = item(chair, p, ItemKind.COMPLIANCE, null, pg.memberIds().get(4), 1, secretary);
        assertThatThrownBy(() -> item(chair, p, ItemKind.COMPLIANCE, pg.cellIds().get(1), null, 1, secretary))
                .isInstanceOf(FormValidationException.class); // another cell is outside its jurisdiction
        programmes.approve(chair, p.getId());
        CaseFile c = starter.start(chair, item.getId());
        assertThat(c.getCaseNumber()).startsWith("KTCH-2030-");

        ProgrammeProgress progress = coverage.progress(chair, p.getId());
        assertThat(progress.organisations()).isEqualTo(new ProgrammeProgress.Coverage(0, 0, null));
        // 1 of the cell's 3 members: 15 % of 3 asks for 1 (0.45 rounded up)
        assertThat(progress.members()).isEqualTo(new ProgrammeProgress.Coverage(1, 3, 15));
        assertThat(progress.members().quotaMet()).isTrue();
    }

    private void assertStarted(CaseFile opened, ProgrammeItem item, String processKey, String numberPrefix, String subjectOrg,
                               TestCommittee pg) {
        CaseFile c = cases.get(opened.getId());
        assertThat(c.getCaseNumber()).startsWith(numberPrefix);
        assertThat(List.of(c.getProcessKey(), c.getSource(), c.getProposedBy())).containsExactly(processKey, "PROGRAMME", pg.inspector());
        assertThat(c.getOwnerOrgId()).isEqualTo(pg.orgId());
        assertThat(c.getSubjectName()).isEqualTo(item.getSubjectName());
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(c.getCaseNumber());
        Map<String, Object> vars = runtime.getVariables(instance.getId());
        assertThat(vars).containsEntry("caseId", c.getId()).containsEntry("committeeOrg", pg.code())
                .containsEntry("subjectOrg", subjectOrg).containsEntry("lead", pg.inspector())
                .containsEntry("programmeItemId", item.getId());
        InboxTask first = driver.openTask(c.getId(), "Task_SetPlan");
        assertThat(first.getAssignee()).isEqualTo(pg.inspector());
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getStepKey).contains("StartEvent_FromProgramme");
    }

    private ProgrammeItem item(KtgsUser user, Programme p, ItemKind kind, Long orgId, Long memberId, int quarter, String lead) {
        return programmes.saveItem(user, p.getId(), null,
                new ItemDraft(kind, orgId, memberId, "Nội dung theo chương trình năm 2030", null, quarter, lead, null));
    }
}
