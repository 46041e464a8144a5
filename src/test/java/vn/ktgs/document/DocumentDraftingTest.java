package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/**
 * Queued drafting (the default outside tests): the step commits with a row instead of its documents; the drafter
 * stores them afterwards, in the case's order, once even when two drafters race, again after a node died with the
 * draft leased, and a draft that keeps failing waits, visible, for a retry.
 */
@IntegrationTest
class DocumentDraftingTest {

    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired DocumentDrafting drafting;
    @Autowired DocumentDraftRepository drafts;
    @Autowired JdbcTemplate jdbc;

    @RegisterExtension
    static final QueuedDrafting QUEUED = new QueuedDrafting(LocalDateTime.of(2026, 4, 27, 9, 0));

    @Test
    void a_step_commits_with_its_draft_queued_and_the_drafter_stores_the_documents_in_the_steps_order() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B31");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE", "reason", "Làm rõ chi hội nghị."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 5, 15), "outline", "1. Thu, chi năm 2025."));

        // the plan step committed (the approval drafts nothing: the decision waits for its team); nothing drafted yet,
        // and the case page says so
        assertThat(generated(c)).isEmpty();
        assertThat(drafting.pending(driver.user("chunhiem"), c)).extracting(DocumentDrafting.Pending::stepName)
                .containsExactly("Lập kế hoạch, đoàn kiểm tra");
        assertThat(drafting.pending(driver.user("xa.chunhiem"), c)).as("outside the case's scope").isEmpty();

        assertThat(drafting.drain()).isEqualTo(1);
        assertThat(drafting.pending(driver.user("chunhiem"), c)).isEmpty();
        DocumentInfo decision = only(c, "quyet-dinh-");
        // the plan was drafted after the decision, so it cites the decision's number, as in-step drafting does
        assertThat(GeneratedFiles.docxText(cases.documentContent(driver.user("chunhiem"), only(c, "ke-hoach-").id())))
                .contains("Quyết định số " + decision.number(), "Làm việc tại đơn vị.", "trước 17 giờ ngày 15/05/2026");
        assertThat(GeneratedFiles.docxText(cases.documentContent(driver.user("chunhiem"), decision.id())))
                .contains("gồm các đồng chí: Phạm Đức Đoàn (trưởng đoàn).", "ngày 27 tháng 4 năm 2026").doesNotContain("Làm rõ chi hội nghị.");
        assertThat(generated(c)).extracting(DocumentInfo::fileName).hasSize(6); // decision, plan, outline: .docx and .pdf
        assertThat(drafting.drain()).as("nothing is drafted twice").isZero();
        assertThat(generated(c)).hasSize(6);
    }

    @Test
    void the_draft_is_stored_right_after_the_step_commits_without_waiting_for_the_sweep() {
        drafting.configure(true, true);
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B32");
        approveAndPlan(c);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> generated(c).size() == 4);
        assertThat(drafts.findByCaseIdOrderById(c.getId())).isEmpty();
    }

    @Test
    void a_draft_leased_by_a_node_that_died_is_drafted_by_another_once_the_lease_ends_and_stored_once() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B33");
        approveAndPlan(c);
        DocumentDraft draft = drafts.findByCaseIdOrderById(c.getId()).get(0);
        // a node took it and died: its lease (2 minutes) holds the draft from everyone else
        var now = ClockUtil.getCurrentTime().toInstant();
        jdbc.update("update document_draft set lease_token = 'dead-node', next_attempt_at = ? where id = ?",
                java.sql.Timestamp.from(now.plus(Duration.ofMinutes(2))), draft.getId());
        assertThat(drafting.drain()).isZero();
        assertThat(generated(c)).isEmpty();

        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 27, 9, 3));
        assertThat(drafting.drain()).isEqualTo(1);
        assertThat(generated(c)).hasSize(4);
        assertThat(drafts.findByCaseIdOrderById(c.getId())).isEmpty();
    }

    @Test
    void a_draft_that_keeps_failing_backs_off_then_waits_failed_on_the_case_page_until_an_issuer_retries_it() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B34");
        approveAndPlan(c);
        DocumentDraft draft = drafts.findByCaseIdOrderById(c.getId()).get(0);
        // the step's timeline row is gone (as if damaged): the documents cannot be drafted from it
        jdbc.update("update document_draft set event_id = -1 where id = ?", draft.getId());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(drafting.drain()).isZero();
            DocumentDraft now = drafts.findById(draft.getId()).orElseThrow();
            assertThat(now.getAttempts()).isEqualTo(attempt);
            assertThat(now.getLastError()).contains("no timeline row -1");
            // backing off 1, 2, 4, 8 minutes: not due again before then
            assertThat(drafting.drain()).isZero();
            assertThat(drafts.findById(draft.getId()).orElseThrow().getAttempts()).isEqualTo(attempt);
            CaseDriver.clockAt(LocalDateTime.ofInstant(now.getNextAttemptAt(), VietnamTime.ZONE));
        }
        assertThat(drafting.pending(driver.user("chunhiem"), c)).singleElement().satisfies(p -> {
            assertThat(p.failed()).isTrue();
            assertThat(p.attempts()).isEqualTo(5);
        });
        assertThat(drafting.drain()).as("a failed draft waits for a person").isZero();

        assertThatThrownBy(() -> drafting.retry(driver.user("kiemtra2"), c.getId(), draft.getId()))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.update("update document_draft set event_id = ? where id = ?", latestEventId(c), draft.getId());
        drafting.retry(driver.user("chunhiem"), c.getId(), draft.getId());
        assertThat(drafting.drain()).isEqualTo(1);
        assertThat(generated(c)).extracting(DocumentInfo::kind).containsOnly("DECISION", "PLAN");
    }

    private long latestEventId(CaseFile c) {
        return cases.timeline(c.getId()).stream().filter(e -> InspectionProcess.TASK_SET_PLAN.equals(e.getStepKey()))
                .reduce((a, b) -> b).orElseThrow().getId();
    }

    /** Approved, then planned without an outline: the plan step drafts the decision and the plan. */
    private void approveAndPlan(CaseFile c) {
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 5, 15)));
    }

    private List<DocumentInfo> generated(CaseFile c) {
        return cases.documents(c.getId()).stream().filter(DocumentInfo::generated).toList();
    }

    private DocumentInfo only(CaseFile c, String stem) {
        return cases.documents(c.getId()).stream().filter(d -> d.fileName().startsWith(stem) && d.fileName().endsWith(".docx"))
                .reduce((a, b) -> { throw new AssertionError("two " + stem); }).orElseThrow();
    }
}
