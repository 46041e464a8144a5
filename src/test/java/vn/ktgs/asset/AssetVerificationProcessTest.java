package vn.ktgs.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.asset.AssetVerificationProcess.*;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.*;
import vn.ktgs.discipline.DisciplineWarranted;
import vn.ktgs.document.GeneratedFiles;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.OutboxMail;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** Every path of bpmn/asset/asset-verification.bpmn, worked through the inbox, with the publication timer on a set clock. */
@IntegrationTest
@RecordApplicationEvents
class AssetVerificationProcessTest {

    private static final int YEAR = 2035;

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired CaseLinks links;
    @Autowired JdbcTemplate jdbc;
    @Autowired DeclarantService declarants;
    @Autowired AnnualDrawService draws;
    @Autowired AssetVerificationService verifications;
    @Autowired MailOutbox outbox;
    @Autowired ManagementService management;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEvents events;

    private AssetFixture f;

    @BeforeEach
    void setUp() {
        init(engine);
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 3, 5, 9, 0));
        f = AssetFixture.create(jdbc, driver, declarants, YEAR, 6, 4);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseFile drawOne() {
        AnnualDraw draw = draws.draw(f.chair(), YEAR, 1, null);
        AssetVerification v = verifications.ofYear(f.chair(), YEAR).stream().filter(x -> draw.getId().equals(x.getDrawId()))
                .findFirst().orElseThrow();
        return cases.get(v.getCaseId());
    }

    /** The first declarant (the one with an e-mail), asked for by a denunciation case of the committee. */
    private CaseFile requestedByDenunciation() {
        CaseFile source = cases.open(new CaseFile("denunciation", "Tố cáo kê khai không trung thực", "Đơn tố cáo có tên.",
                f.committee().orgId(), f.committee().path(), null, f.declarantMemberIds().get(0), "Đảng viên 0", f.committee().path(),
                "DENUNCIATION", null, f.committee().inspector(), ClockUtil.getCurrentTime().toInstant()), "TC");
        tx.executeWithoutResult(s -> publisher.publishEvent(new AssetVerificationRequested(source.getId(), f.committee().orgId(),
                f.declarantMemberIds().get(0), AssetVerificationTrigger.DENUNCIATION,
                "Đơn tố cáo: không kê khai căn nhà mua năm 2034.", f.committee().inspector())));
        return links.of(source.getId()).stream().filter(r -> r.kind() == CaseLinkKind.TO_ASSET_VERIFICATION)
                .map(CaseLinks.Related::other).findFirst().orElseThrow();
    }

    private ProcessInstance instance(CaseFile c) {
        return processInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(c.getCaseNumber()).singleResult();
    }

    private String endOf(CaseFile c) {
        return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(c.getCaseNumber()).singleResult().getEndActivityId();
    }

    private void approveAndVerify(CaseFile c, long previous, long declared, long verified, long explained) {
        driver.complete(f.committee().chair(), c.getId(), TASK_APPROVE, values("decision", "APPROVE",
                "team", "Đồng chí Kiểm tra viên (tổ trưởng), Trần Thị Tra"));
        driver.complete(f.committee().inspector(), c.getId(), TASK_REQUEST_EXPLANATION, values("questions",
                "Giải trình nguồn gốc căn nhà và khoản tiền gửi tăng thêm.", "explanationDueDate", LocalDate.of(YEAR, 3, 20)));
        driver.complete(f.committee().inspector(), c.getId(), TASK_RECORD_EXPLANATION, values("explanation",
                "Tiền bán đất thừa kế năm 2034.", "explainedOn", LocalDate.of(YEAR, 3, 5)));
        driver.complete(f.committee().inspector(), c.getId(), TASK_VERIFY, values("dataRequests", "Ngân hàng, văn phòng đăng ký đất đai.",
                "valuation", "Thẩm định giá căn nhà.", "previousTotal", previous, "declaredTotal", declared, "verifiedTotal", verified,
                "explainedIncrease", explained));
        driver.complete(f.committee().inspector(), c.getId(), TASK_REPORT, values("report", "Báo cáo kết quả xác minh."));
    }

    @Test
    void a_drawn_declaration_found_truthful_is_decided_asked_verified_concluded_and_published_in_time() {
        CaseFile c = drawOne();
        assertThat(c.getCaseNumber()).startsWith("XMTS-2035-");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_APPROVE);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("STANDING:" + f.committee().code());

        approveAndVerify(c, 2_000_000_000L, 2_500_000_000L, 2_500_000_000L, 450_000_000L);

        // the decision and the request letter are generated; the request is mailed only where the list has an address
        assertThat(cases.documents(c.getId())).extracting(d -> d.kind()).contains("DECISION", "EXPLANATION_REQUEST");
        DocumentInfo decision = cases.documents(c.getId()).stream().filter(d -> d.kind().equals("DECISION")).findFirst().orElseThrow();
        DocumentInfo letter = cases.documents(c.getId()).stream()
                .filter(d -> d.kind().equals("EXPLANATION_REQUEST") && d.fileName().endsWith(".docx")).findFirst().orElseThrow();
        assertThat(letter.number()).contains("-CV/");
        assertThat(GeneratedFiles.docxText(cases.documentContent(f.chair(), letter.id())))
                .contains("CÔNG VĂN").contains("Quyết định số " + decision.number())
                .contains("Giải trình nguồn gốc căn nhà và khoản tiền gửi tăng thêm.").contains("trước 17 giờ ngày 20/03/2035");
        AssetVerification v = verifications.ofCase(c.getId()).orElseThrow();
        List<OutboxMail> mails = outbox.withKeyPrefix("ASSET_EXPLANATION:");
        boolean hasAddress = v.getDeclarantEmail() != null;
        assertThat(mails.stream().anyMatch(m -> m.getRecipient().equals(f.email()) && m.getSubject().contains(c.getCaseNumber())))
                .isEqualTo(hasAddress);
        // increase 500 million, 450 explained: 50 million unexplained, below the threshold
        assertThat(v.getUnexplainedIncrease()).isEqualTo(50_000_000L);
        assertThat(v.getVerifiedTotal()).isEqualTo(2_500_000_000L);

        driver.complete(f.committee().chair(), c.getId(), TASK_CONCLUDE, values("conclusion", "TRUTHFUL",
                "reasons", "Tài sản tăng có nguồn gốc hợp pháp."));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_PUBLISH);
        // 5 calendar days from the conclusion (seeded rule), at 17:00 local time
        assertThat(BpmnAwareTests.assertThat(instance(c)).task().getActual().getDueDate().toInstant())
                .isEqualTo(VietnamTime.endOfDay(LocalDate.of(YEAR, 3, 10)));
        assertThat(events.stream(DisciplineWarranted.class)).isEmpty();

        driver.complete(f.committee().inspector(), c.getId(), TASK_PUBLISH, values("publishedOn", LocalDate.of(YEAR, 3, 5),
                "place", "Hội nghị cơ quan UBND xã"));
        assertThat(instance(c)).isNull();
        assertThat(endOf(c)).isEqualTo("EndEvent_Closed");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        v = verifications.ofCase(c.getId()).orElseThrow();
        assertThat(v.getPublishedOn()).isEqualTo(LocalDate.of(YEAR, 3, 5));
        assertThat(v.isPublishedLate()).isFalse();
    }

    @Test
    void the_standing_members_may_decide_not_to_verify_and_the_case_closes_rejected() {
        CaseFile c = drawOne();
        driver.complete(f.committee().chair(), c.getId(), TASK_APPROVE, values("decision", "REJECT",
                "reason", "Người được chọn đã nghỉ hưu trước kỳ kê khai."));
        assertThat(endOf(c)).isEqualTo("EndEvent_Rejected");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(cases.documents(c.getId())).isEmpty();
    }

    @Test
    void a_denunciation_opens_a_linked_case_and_an_untruthful_declaration_warrants_discipline_and_a_late_publication_is_chased_and_flagged() {
        CaseFile c = requestedByDenunciation();
        AssetVerification v = verifications.ofCase(c.getId()).orElseThrow();
        assertThat(v.getTrigger()).isEqualTo(AssetVerificationTrigger.DENUNCIATION);
        assertThat(v.getDeclarantEmail()).isEqualTo(f.email());
        assertThat(c.getSubjectMemberId()).isEqualTo(f.declarantMemberIds().get(0));

        approveAndVerify(c, 1_000_000_000L, 1_100_000_000L, 1_900_000_000L, 100_000_000L);
        v = verifications.ofCase(c.getId()).orElseThrow();
        assertThat(v.getUnexplainedIncrease()).isEqualTo(800_000_000L);
        assertThat(outbox.withKeyPrefix("ASSET_EXPLANATION:")).anyMatch(m -> m.getRecipient().equals(f.email())
                && m.getBody().contains("Giải trình nguồn gốc căn nhà"));

        driver.complete(f.committee().chair(), c.getId(), TASK_CONCLUDE, values("conclusion", "UNTRUTHFUL",
                "reasons", "Không kê khai căn nhà trị giá 800 triệu đồng."));
        List<DisciplineWarranted> warranted = events.stream(DisciplineWarranted.class).toList();
        assertThat(warranted).singleElement().satisfies(w -> {
            assertThat(w.sourceCaseId()).isEqualTo(c.getId());
            assertThat(w.subjectMemberId()).isEqualTo(f.declarantMemberIds().get(0));
            assertThat(w.committeeOrgId()).isEqualTo(f.committee().orgId());
            assertThat(w.violations()).contains("Không kê khai căn nhà");
        });
        // the discipline feature opened the review of the member, linked to this verification
        assertThat(links.of(c.getId())).filteredOn(l -> l.outgoing() && l.kind() == vn.ktgs.casefile.CaseLinkKind.CONCLUSION_TO_DISCIPLINE)
                .singleElement().satisfies(l -> {
                    assertThat(l.other().getProcessKey()).isEqualTo("discipline-review");
                    assertThat(l.other().getSubjectMemberId()).isEqualTo(f.declarantMemberIds().get(0));
                });

        // the 5 days end on 10 March at 17:00; nothing is chased before
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 3, 10, 16, 0));
        assertThat(dueTimers(c)).isEmpty();
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 3, 11, 9, 0));
        List<Job> due = dueTimers(c);
        assertThat(due).hasSize(1);
        management.executeJob(due.get(0).getId());
        assertThat(verifications.ofCase(c.getId()).orElseThrow().getChaseCount()).isEqualTo(1);
        assertThat(outbox.withKeyPrefix("ASSET_PUBLICATION_OVERDUE:" + c.getId() + ":1:")).isNotEmpty()
                .allMatch(m -> m.getSubject().contains(c.getCaseNumber()));
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary).anyMatch(s -> s.contains("Quá hạn công khai"));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_PUBLISH); // a reminder, not a cancellation

        driver.complete(f.committee().inspector(), c.getId(), TASK_PUBLISH, values("publishedOn", LocalDate.of(YEAR, 3, 11),
                "place", "Trụ sở Đảng ủy xã"));
        v = verifications.ofCase(c.getId()).orElseThrow();
        assertThat(v.isPublishedLate()).isTrue();
        assertThat(endOf(c)).isEqualTo("EndEvent_Closed");
        assertThat(management.createJobQuery().processInstanceId(cases.get(c.getId()).getProcessInstanceId()).list()).isEmpty();
    }

    private List<Job> dueTimers(CaseFile c) {
        return management.createJobQuery().processInstanceId(cases.get(c.getId()).getProcessInstanceId()).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list();
    }

    @Test
    void negative_amounts_future_dates_and_a_publication_before_the_conclusion_are_refused_and_nothing_is_lost() {
        CaseFile c = drawOne();
        driver.complete(f.committee().chair(), c.getId(), TASK_APPROVE, values("decision", "APPROVE", "team", "Tổ xác minh"));
        driver.complete(f.committee().inspector(), c.getId(), TASK_REQUEST_EXPLANATION, values("questions", "Giải trình.",
                "explanationDueDate", LocalDate.of(YEAR, 3, 20)));
        assertThat(codes(() -> driver.complete(f.committee().inspector(), c.getId(), TASK_RECORD_EXPLANATION,
                values("explanation", "Giải trình.", "explainedOn", LocalDate.of(YEAR, 3, 6)))))
                .containsExactly("explainedOn:notAfterToday");
        driver.complete(f.committee().inspector(), c.getId(), TASK_RECORD_EXPLANATION,
                values("explanation", "Giải trình.", "explainedOn", LocalDate.of(YEAR, 3, 5)));

        Map<String, Object> negative = values("previousTotal", 1_000L, "declaredTotal", -5L, "verifiedTotal", 1_000L,
                "explainedIncrease", 0L);
        assertThat(codes(() -> driver.complete(f.committee().inspector(), c.getId(), TASK_VERIFY, negative)))
                .containsExactly("declaredTotal:min");
        Map<String, Object> fraction = values("previousTotal", 1_000L, "declaredTotal", "1000.5", "verifiedTotal", 1_000L,
                "explainedIncrease", 0L);
        assertThat(codes(() -> driver.complete(f.committee().inspector(), c.getId(), TASK_VERIFY, fraction)))
                .containsExactly("declaredTotal:integer");
        AssetVerification v = verifications.ofCase(c.getId()).orElseThrow();
        assertThat(v.getVerifiedTotal()).isNull();
        assertThat(v.getExplanation()).isEqualTo("Giải trình."); // the earlier step's record is kept
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_VERIFY);

        driver.complete(f.committee().inspector(), c.getId(), TASK_VERIFY, values("previousTotal", 0L, "declaredTotal", 0L,
                "verifiedTotal", 0L, "explainedIncrease", 0L));
        driver.complete(f.committee().inspector(), c.getId(), TASK_REPORT, values("report", "Báo cáo."));
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 3, 9, 9, 0));
        driver.complete(f.committee().chair(), c.getId(), TASK_CONCLUDE, values("conclusion", "TRUTHFUL", "reasons", "Trung thực."));
        assertThat(codes(() -> driver.complete(f.committee().inspector(), c.getId(), TASK_PUBLISH,
                values("publishedOn", LocalDate.of(YEAR, 3, 8), "place", "Hội trường"))))
                .containsExactly("publishedOn:asset.publishedBeforeConclusion");
        assertThat(codes(() -> driver.complete(f.committee().inspector(), c.getId(), TASK_PUBLISH,
                values("publishedOn", LocalDate.of(YEAR, 3, 12), "place", "Hội trường"))))
                .containsExactly("publishedOn:notAfterToday");
        assertThat(verifications.ofCase(c.getId()).orElseThrow().getPublishedOn()).isNull();
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_PUBLISH);
    }

    @Test
    void a_standing_member_opens_a_verification_on_a_sign_of_at_least_300_million_and_bad_signs_are_refused() {
        long declarant = f.declarantMemberIds().get(1);
        long notListed = f.committee().memberIds().get(5);
        assertThat(codes(() -> verifications.startOnSign(f.chair(), YEAR, declarant, 299_999_999L, "Dữ liệu ngân hàng.")))
                .containsExactly("increase:asset.belowThreshold");
        assertThat(codes(() -> verifications.startOnSign(f.chair(), YEAR, declarant, -1L, "Dữ liệu ngân hàng.")))
                .containsExactly("increase:min");
        assertThat(codes(() -> verifications.startOnSign(f.chair(), YEAR, notListed, 400_000_000L, " ")))
                .containsExactly("member:asset.notADeclarant", "reason:required");
        assertThatThrownBy(() -> verifications.startOnSign(f.inspector(), YEAR, declarant, 400_000_000L, "Dữ liệu."))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(verifications.ofYear(f.chair(), YEAR)).isEmpty();

        CaseFile c = verifications.startOnSign(f.chair(), YEAR, declarant, 300_000_000L, "Dữ liệu ngân hàng bất thường.");
        AssetVerification v = verifications.ofCase(c.getId()).orElseThrow();
        assertThat(v.getTrigger()).isEqualTo(AssetVerificationTrigger.SIGN_OF_VIOLATION);
        assertThat(c.getContent()).contains("300.000.000 đồng").contains("Dữ liệu ngân hàng bất thường.");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_APPROVE);
    }

    static List<String> codes(Runnable call) {
        try {
            call.run();
        } catch (FormValidationException e) {
            return e.errors().stream().map(err -> err.field() + ":" + err.code()).toList();
        }
        throw new AssertionError("no FormValidationException");
    }
}
