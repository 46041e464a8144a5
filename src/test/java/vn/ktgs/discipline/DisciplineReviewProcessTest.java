package vn.ktgs.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.discipline.DisciplineReviewProcess.*;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.*;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.casefile.*;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.PartyMemberRepository;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.support.TestCommittee;

/** Every path of bpmn/discipline/discipline-review.bpmn, driven through the inbox like a user, in 2032. */
@IntegrationTest
class DisciplineReviewProcessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired CaseDriver driver;
    @Autowired DisciplineReviews reviews;
    @Autowired DisciplineRecords records;
    @Autowired CaseService cases;
    @Autowired CaseLinks links;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired PartyMemberRepository members;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired vn.ktgs.reminder.MailOutbox outbox;
    @Autowired vn.ktgs.tasklist.TaskWorkService work;

    TestCommittee c;
    long member;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(2032, 3, 10, 9, 0));
        c = TestCommittee.create(jdbc, 2, 4);
        member = c.memberIds().get(0);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseFile open(String decidingBody, String form, LocalDate violationDate) {
        return reviews.open(driver.user(c.inspector()), values("subjectKind", "MEMBER", "subjectMember", String.valueOf(member),
                "decidingBody", decidingBody, "proposedForm", form, "violations", List.of(violation(violationDate))));
    }

    private static Map<String, Object> violation(LocalDate on) {
        return values("kind", "ORDINARY", "description", "Vi phạm quy định về những điều đảng viên không được làm.",
                "startDate", on, "ongoing", false);
    }

    private void proceedToVote(long caseId) {
        driver.complete(c.inspector(), caseId, TASK_DEFERRAL, values("deferral", "NONE"));
        driver.complete(c.inspector(), caseId, TASK_HEARING, values("hearingDate", LocalDate.of(2032, 3, 9),
                "attendance", "ATTENDED", "notes", "Đồng chí đã trình bày, nhận khuyết điểm.", "selfCriticism", "Bản tự kiểm điểm."));
    }

    private void vote(long caseId, int body, int present, Object... votes) {
        Map<String, Object> v = values("meetingDate", LocalDate.of(2032, 3, 10), "bodyMembers", body, "present", present,
                "votesReprimand", 0, "votesWarning", 0, "votesNone", 0);
        v.putAll(values(votes));
        driver.complete(c.inspector(), caseId, TASK_VOTE, v);
    }

    private void announce(long caseId, String number, boolean refused) {
        driver.complete(c.inspector(), caseId, TASK_ANNOUNCE, values("decisionNumber", number, "decisionDate", LocalDate.of(2032, 3, 10),
                "announcedOn", LocalDate.of(2032, 3, 10), "refusedToReceive", refused));
    }

    /** The text of a generated .docx of the case, read back as an office program shows it. */
    private String docx(CaseFile c, String kind) {
        DocumentInfo d = cases.documents(c.getId()).stream().filter(x -> x.kind().equals(kind) && x.fileName().endsWith(".docx"))
                .findFirst().orElseThrow();
        return vn.ktgs.document.GeneratedFiles.docxText(cases.documentContent(driver.user(this.c.chair()), d.id()));
    }

    private String endOf(CaseFile c) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber()).singleResult().getEndActivityId();
    }

    private Job timer(CaseFile c) {
        return management.createJobQuery().processInstanceId(cases.get(c.getId()).getProcessInstanceId()).timers().singleResult();
    }

    /** The size of the voting body comes from KTGS's roster, not from memory: full members of a cell, members of a committee. */
    @Test
    void the_ballot_starts_from_the_roster_of_the_body_that_votes() {
        // the member's cell: 2 full members (TestCommittee spreads 4 over 2 cells) and one more; a probationary one does not vote
        jdbc.update("insert into party_member (full_name, birth_year, status, org_id, managing_org_id) values (?, 1995, 'FULL', ?, ?)",
                "Chính thức " + c.code(), c.cellIds().get(0), c.orgId());
        jdbc.update("insert into party_member (full_name, birth_year, status, org_id, managing_org_id) values (?, 1995, 'PROBATIONARY', ?, ?)",
                "Dự bị " + c.code(), c.cellIds().get(0), c.orgId());
        CaseFile byCell = open("CELL", "WARNING", LocalDate.of(2031, 5, 1));
        proceedToVote(byCell.getId());
        assertThat(work.startValues(driver.user(c.inspector()), driver.openTask(byCell.getId(), TASK_VOTE).getTaskId()))
                .containsEntry("bodyMembers", 3);

        // the committee: its chair (also a committee member, counted once) and one more member
        jdbc.update("insert into role_assignment (user_id, role, org_id) select id, 'COMMITTEE_MEMBER', ? from app_user where username = ?",
                c.orgId(), c.inspector());
        CaseFile byCommittee = open("COMMITTEE", "WARNING", LocalDate.of(2031, 5, 1));
        proceedToVote(byCommittee.getId());
        assertThat(work.startValues(driver.user(c.inspector()), driver.openTask(byCommittee.getId(), TASK_VOTE).getTaskId()))
                .containsEntry("bodyMembers", 2);
    }

    @Test
    void a_cell_decides_a_warning_within_its_authority_and_the_case_closes_when_the_appeal_window_ends() {
        CaseFile opened = open("CELL", "WARNING", LocalDate.of(2031, 5, 1));
        assertThat(driver.openTask(opened.getId(), TASK_DEFERRAL).getCandidateGroups()).contains("INSPECTOR:" + c.code());
        proceedToVote(opened.getId());
        vote(opened.getId(), 9, 9, "votesWarning", 6, "votesReprimand", 2, "votesNone", 1);
        assertThat(reviews.ofCase(opened.getId()).orElseThrow().getOutcomeText()).contains("Cảnh cáo: 6 > 9/2: đạt");

        announce(opened.getId(), "5-QĐ/CB1", true);

        assertThat(records.ofMember(member)).singleElement().satisfies(r -> {
            assertThat(r.getForm()).isEqualTo(DisciplineForm.WARNING);
            assertThat(r.getDecidedByOrgId()).isEqualTo(c.cellIds().get(0)); // the cell decided, effective on announcement
            assertThat(r.getEffectiveOn()).isEqualTo(LocalDate.of(2032, 3, 10));
        });
        assertThat(cases.documents(opened.getId())).extracting(DocumentInfo::kind)
                .contains("DISCIPLINE_DECISION", "DISCIPLINE_MINUTES");
        // the cell issued it: the cell's letterhead (its party organisation, then "CHI BỘ …") and signature, not the committee's
        String cellName = jdbc.queryForObject("select name from organization where id = ?", String.class, c.cellIds().get(0))
                .toUpperCase(java.util.Locale.forLanguageTag("vi"));
        String decision = docx(opened, "DISCIPLINE_DECISION");
        assertThat(decision).contains(cellName.startsWith("CHI BỘ") ? cellName : "CHI BỘ " + cellName, "Số 5-QĐ/CB1",
                "hình thức cảnh cáo", "kể từ ngày chi bộ công bố", "T/M CHI BỘ", "BÍ THƯ").doesNotContain("ỦY BAN KIỂM TRA");
        assertThat(docx(opened, "DISCIPLINE_MINUTES")).contains("CHI BỘ", "BIÊN BẢN", "Quyết định số 5-QĐ/CB1", "Đối tượng từ chối nhận quyết định",
                "T/M CHI BỘ", "BÍ THƯ").doesNotContain("ỦY BAN KIỂM TRA", "NGƯỜI CÔNG BỐ");
        assertThat(cases.timeline(opened.getId())).extracting(CaseEvent::getSummary)
                .anySatisfy(s -> assertThat(s).contains("từ chối nhận").contains("09/04/2032"));
        // 30 calendar days from the announcement, at the end of the working day
        assertThat(timer(opened).getDuedate().toInstant()).isEqualTo(VietnamTime.endOfDay(LocalDate.of(2032, 4, 9)));
        assertThat(cases.get(opened.getId()).getStatus()).isEqualTo(CaseStatus.CONCLUDED);

        CaseDriver.clockAt(LocalDateTime.of(2032, 4, 10, 8, 0));
        management.executeJob(timer(opened).getId());
        assertThat(cases.get(opened.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(endOf(opened)).isEqualTo("EndEvent_Closed");
        assertThat(outbox.withKeyPrefix(NotifyAppealWindowClosedDelegate.DEDUPE_PREFIX + opened.getId() + ":"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.getRecipientUser()).isEqualTo(c.chair());
                    assertThat(mail.getBody()).contains("5-QĐ/CB1", "cảnh cáo", "đã hết");
                });
    }

    @Test
    void a_cell_cannot_expel_so_its_vote_becomes_a_proposal_in_the_committees_inbox_which_expels() {
        CaseFile opened = open("CELL", "EXPULSION", LocalDate.of(2031, 5, 1));
        proceedToVote(opened.getId());
        vote(opened.getId(), 9, 9, "votesExpulsion", 7, "votesWarning", 1, "votesNone", 1);

        assertThat(endOf(opened)).isEqualTo("EndEvent_Proposed");
        CaseFile proposal = links.of(opened.getId()).stream().filter(l -> l.kind() == CaseLinkKind.DISCIPLINE_PROPOSAL)
                .map(CaseLinks.Related::other).findFirst().orElseThrow();
        assertThat(proposal.getOwnerOrgId()).isEqualTo(c.orgId());
        DisciplineReview up = reviews.ofCase(proposal.getId()).orElseThrow();
        assertThat(up.getProposedForm()).isEqualTo(DisciplineForm.EXPULSION);
        assertThat(up.getCellExpulsionVotes()).isEqualTo(7);

        driver.complete(c.inspector(), proposal.getId(), TASK_DEFERRAL, values("deferral", "NONE"));
        driver.complete(c.inspector(), proposal.getId(), TASK_HEARING, values("hearingDate", LocalDate.of(2032, 3, 10),
                "attendance", "ABSENT_REPEATEDLY", "notes", "Ba lần mời không đến, không có lý do; đã lập biên bản."));
        vote(proposal.getId(), 5, 5, "votesExpulsion", 3, "votesWarning", 2);
        announce(proposal.getId(), "8-QĐ/UBKT", false);

        assertThat(members.findById(member).orElseThrow().isMember()).isFalse();
        assertThat(reviews.ofCase(proposal.getId()).orElseThrow().getOutcomeText())
                .contains("Khai trừ: 3 > 5/2: đạt", "Chi bộ đề nghị khai trừ: 7 ≥ 2/3 × 9: đạt");
        // the committee decided the expulsion: its own letterhead and signature, as before
        assertThat(docx(proposal, "DISCIPLINE_DECISION")).contains("ỦY BAN KIỂM TRA", "Số 8-QĐ/UBKT", "hình thức khai trừ",
                "kể từ ngày ký", "T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM").doesNotContain("T/M CHI BỘ");
        assertThat(docx(proposal, "DISCIPLINE_MINUTES")).contains("ỦY BAN KIỂM TRA", "NGƯỜI CÔNG BỐ").doesNotContain("T/M CHI BỘ");
    }

    @Test
    void a_pregnant_member_is_not_reviewed_until_the_review_date_when_the_case_returns_to_the_inbox() {
        CaseFile opened = open("CELL", "REPRIMAND", LocalDate.of(2031, 5, 1));
        driver.complete(c.inspector(), opened.getId(), TASK_DEFERRAL, values("deferral", "PREGNANT", "reviewDate", LocalDate.of(2032, 9, 1)));

        assertThat(driver.openTasks(opened.getId())).isEmpty();
        assertThat(timer(opened).getDuedate().toInstant())
                .isEqualTo(LocalDateTime.of(2032, 9, 1, 7, 0).atZone(VietnamTime.ZONE).toInstant());
        CaseDriver.clockAt(LocalDateTime.of(2032, 9, 1, 7, 30));
        management.executeJob(timer(opened).getId());
        assertThat(driver.openTask(opened.getId(), TASK_DEFERRAL)).isNotNull();
    }

    @Test
    void a_deferral_without_a_review_date_is_refused() {
        CaseFile opened = open("CELL", "REPRIMAND", LocalDate.of(2031, 5, 1));
        assertThatThrownBy(() -> driver.complete(c.inspector(), opened.getId(), TASK_DEFERRAL, values("deferral", "NURSING")))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.code()).containsExactly("reviewDate:required"));
        assertThat(driver.openTask(opened.getId(), TASK_DEFERRAL)).isNotNull();
    }

    @Test
    void an_expired_reprimand_waits_for_the_chair_who_alone_may_override_it_with_a_reason() {
        // reprimand: 5 years from 10/01/2027, so the last day was 10/01/2032
        CaseFile opened = open("CELL", "REPRIMAND", LocalDate.of(2027, 1, 10));
        assertThat(driver.openTask(opened.getId(), TASK_OVERRIDE).getCandidateGroups()).containsExactly("CHAIR:" + c.code());
        assertThatThrownBy(() -> driver.complete(c.inspector(), opened.getId(), TASK_OVERRIDE,
                values("decision", "OVERRIDE", "reason", "Vi phạm nghiêm trọng, dư luận bức xúc."))).isInstanceOf(AccessDeniedException.class);

        driver.complete(c.chair(), opened.getId(), TASK_OVERRIDE, values("decision", "OVERRIDE", "reason", "Vi phạm nghiêm trọng, dư luận bức xúc."));

        assertThat(audit.of("case:" + opened.getId())).extracting(e -> e.getAction() + " " + e.getDetail())
                .containsExactly("discipline-limitation-override Vi phạm nghiêm trọng, dư luận bức xúc.");
        assertThat(driver.openTask(opened.getId(), TASK_DEFERRAL)).isNotNull();
    }

    @Test
    void the_chair_may_drop_an_expired_review() {
        CaseFile opened = open("CELL", "REPRIMAND", LocalDate.of(2026, 12, 1));
        driver.complete(c.chair(), opened.getId(), TASK_OVERRIDE, values("decision", "DROP", "reason", "Đã hết thời hiệu kỷ luật."));
        assertThat(cases.get(opened.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(endOf(opened)).isEqualTo("EndEvent_TimeBarred");
    }

    /** Reprimand: 5 years from 15/03/2027, the last day 15/03/2032: in time when opened on 10/03, barred by the vote on 20/03. */
    private CaseFile heardThenTimeBarredAtTheVote() {
        CaseFile opened = open("CELL", "REPRIMAND", LocalDate.of(2027, 3, 15));
        proceedToVote(opened.getId());
        CaseDriver.clockAt(LocalDateTime.of(2032, 3, 20, 9, 0));
        vote(opened.getId(), 9, 9, "votesReprimand", 6, "votesNone", 3);
        return opened;
    }

    @Test
    void a_form_that_became_time_barred_before_the_vote_goes_to_the_chair_who_may_still_impose_it() {
        CaseFile opened = heardThenTimeBarredAtTheVote();

        assertThat(driver.openTask(opened.getId(), TASK_OVERRIDE).getCandidateGroups()).containsExactly("CHAIR:" + c.code());
        assertThat(endOf(opened)).isNull(); // not concluded as "no discipline" behind the chair's back
        assertThat(reviews.ofCase(opened.getId()).orElseThrow().getOutcomeText()).contains("Khiển trách: 6 > 9/2: đạt", "Chủ nhiệm quyết định");

        driver.complete(c.chair(), opened.getId(), TASK_OVERRIDE, values("decision", "OVERRIDE",
                "reason", "Đảng viên cố ý kéo dài việc kiểm điểm để hết thời hiệu."));

        assertThat(audit.of("case:" + opened.getId())).extracting(e -> e.getAction() + " " + e.getDetail())
                .containsExactly("discipline-limitation-override Đảng viên cố ý kéo dài việc kiểm điểm để hết thời hiệu.");
        assertThat(reviews.ofCase(opened.getId()).orElseThrow().getOutcomeForm()).isEqualTo(DisciplineForm.REPRIMAND);
        driver.complete(c.inspector(), opened.getId(), TASK_ANNOUNCE, values("decisionNumber", "9-QĐ/CB1",
                "decisionDate", LocalDate.of(2032, 3, 20), "announcedOn", LocalDate.of(2032, 3, 20), "refusedToReceive", false));
        assertThat(records.ofMember(member)).singleElement().satisfies(r -> assertThat(r.getForm()).isEqualTo(DisciplineForm.REPRIMAND));
    }

    @Test
    void the_chair_may_drop_a_form_that_became_time_barred_before_the_vote() {
        CaseFile opened = heardThenTimeBarredAtTheVote();

        driver.complete(c.chair(), opened.getId(), TASK_OVERRIDE, values("decision", "DROP", "reason", "Đã hết thời hiệu kỷ luật."));

        assertThat(endOf(opened)).isEqualTo("EndEvent_TimeBarred");
        assertThat(cases.get(opened.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(records.ofMember(member)).isEmpty();
    }

    @Test
    void a_vote_for_a_form_no_body_above_may_decide_is_refused_beside_the_form_not_a_server_error() {
        CaseFile opened = reviews.open(driver.user(c.inspector()), values("subjectKind", "ORGANIZATION", "subjectOrg", c.cellCodes().get(1),
                "decidingBody", "COMMITTEE", "proposedForm", "DISSOLUTION", "violations", List.of(violation(LocalDate.of(2031, 5, 1)))));
        proceedToVote(opened.getId());
        // an administrator withdrew dissolution from the province and the centre
        int withdrawn = jdbc.update("delete from discipline_authority where subject_kind = 'ORGANIZATION' and form = 'DISSOLUTION'");
        try {
            assertThat(withdrawn).isEqualTo(2);
            assertThatThrownBy(() -> vote(opened.getId(), 7, 7, "votesDissolution", 5, "votesNone", 2))
                    .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                            .extracting(err -> err.field() + ":" + err.code()).containsExactly("votesDissolution:discipline.noCompetentBody"));
            assertThat(driver.openTask(opened.getId(), TASK_VOTE)).isNotNull();
            assertThat(reviews.ofCase(opened.getId()).orElseThrow().getOutcomeText()).isNull();
        } finally {
            jdbc.update("insert into discipline_authority (body_level, subject_kind, form) values "
                    + "('PROVINCE', 'ORGANIZATION', 'DISSOLUTION'), ('CENTRAL', 'ORGANIZATION', 'DISSOLUTION')");
        }
    }

    @Test
    void when_no_form_reaches_its_threshold_there_is_no_discipline() {
        CaseFile opened = open("CELL", "WARNING", LocalDate.of(2031, 5, 1));
        proceedToVote(opened.getId());
        vote(opened.getId(), 12, 11, "votesWarning", 3, "votesReprimand", 2, "votesNone", 6);

        assertThat(endOf(opened)).isEqualTo("EndEvent_NoDiscipline");
        assertThat(records.ofMember(member)).isEmpty();
        assertThat(reviews.ofCase(opened.getId()).orElseThrow().getOutcomeText())
                .contains("Khiển trách: 2 + 3 (từ cảnh cáo) = 5 ≤ 12/2: không đạt", "không hình thức nào đạt");
    }

    @Test
    void impossible_counts_and_future_dates_are_refused_and_nothing_is_lost() {
        assertThatThrownBy(() -> open("CELL", "WARNING", LocalDate.of(2032, 3, 11)))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.code()).containsExactly("violations[0].startDate:notAfterToday"));
        CaseFile opened = open("CELL", "WARNING", LocalDate.of(2031, 5, 1));
        proceedToVote(opened.getId());
        assertThatThrownBy(() -> vote(opened.getId(), 9, 10, "votesWarning", 6))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.code()).containsExactly("present:discipline.presentExceedsBody"));
        assertThatThrownBy(() -> vote(opened.getId(), 9, 8, "votesWarning", 6, "votesReprimand", 3))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field() + ":" + err.code()).containsExactly("votesNone:discipline.ballotsExceedPresent"));
        assertThat(driver.openTask(opened.getId(), TASK_VOTE)).isNotNull();
        assertThat(reviews.ofCase(opened.getId()).orElseThrow().getOutcomeText()).isNull();
    }

    @Test
    void dissolving_an_organisation_goes_up_to_the_province() {
        CaseFile opened = reviews.open(driver.user(c.inspector()), values("subjectKind", "ORGANIZATION", "subjectOrg", c.cellCodes().get(1),
                "decidingBody", "COMMITTEE", "proposedForm", "DISSOLUTION", "violations", List.of(violation(LocalDate.of(2031, 5, 1)))));
        proceedToVote(opened.getId());
        vote(opened.getId(), 7, 7, "votesDissolution", 5, "votesNone", 2);

        CaseFile proposal = links.of(opened.getId()).get(0).other();
        assertThat(proposal.getOwnerOrgPath()).isEqualTo("/TW/T01/");
        assertThat(driver.openTask(proposal.getId(), TASK_DEFERRAL).getCandidateGroups()).contains("INSPECTOR:T01");
    }

    @Test
    void a_conclusion_that_warrants_discipline_opens_a_linked_review_in_the_committees_inbox() {
        CaseFile source = driver.proposeOrgInspection(c.inspector(), c.cellCodes().get(0));
        tx.executeWithoutResult(s -> events.publishEvent(new DisciplineWarranted(source.getId(), c.orgId(), member, null,
                "Tố cáo đúng: nhận tiền của doanh nghiệp.", DisciplineForm.WARNING, c.chair())));

        CaseFile review = links.of(source.getId()).stream().filter(l -> l.kind() == CaseLinkKind.CONCLUSION_TO_DISCIPLINE)
                .map(CaseLinks.Related::other).findFirst().orElseThrow();
        assertThat(review.getProcessKey()).isEqualTo(KEY);
        assertThat(review.getOwnerOrgId()).isEqualTo(c.orgId());
        assertThat(driver.openTask(review.getId(), TASK_DEFERRAL).getCandidateGroups()).contains("INSPECTOR:" + c.code());
        assertThat(reviews.ofCase(review.getId()).orElseThrow().getProposedForm()).isEqualTo(DisciplineForm.WARNING);
    }
}
