package vn.ktgs.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.inspection.ComplianceInspectionProcess.*;
import static vn.ktgs.inspection.PlannedInspectionSteps.rejected;
import static vn.ktgs.inspection.PlannedInspectionSteps.votes;
import static vn.ktgs.support.CaseDriver.values;

import java.time.*;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.remediation.NoticeStatus;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.support.IntegrationTest;

/** Every path of bpmn/inspection/inspection-compliance.bpmn: a committee's inspection and a cell's. */
@IntegrationTest
class ComplianceInspectionProcessTest extends PlannedInspectionProcessTestBase {

    @Autowired MailOutbox outbox;
    @Autowired PlannedInspectionTaskContext taskContext;

    @Override
    String processKey() {
        return KEY;
    }

    private CaseFile start() {
        return steps.start(KEY, CASE_NUMBER_PREFIX, "Kiểm tra việc chấp hành Nghị quyết Đại hội");
    }

    @Test
    void a_started_inspection_gives_the_plan_to_the_programme_items_lead_with_a_due_date_from_the_rules() {
        CaseFile c = start();

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_SET_PLAN)
                .variables().containsEntry(PlannedInspectionProcess.COMMITTEE_LEVEL, "PROVINCE");
        // assigned to the lead, still offered to the committee's team leads should the lead hand it back
        BpmnAwareTests.assertThat(instance(c)).task().isAssignedTo("truongdoan");
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getCandidateGroups()).contains("TEAM_LEAD:T01");
        assertThat(steps.inboxOf("truongdoan", c)).singleElement().satisfies(i -> {
            assertThat(i.taskKey()).isEqualTo(InspectionProcess.TASK_SET_PLAN);
            // 10 working days from Mon 1/6 → Mon 15/6, 17:00
            assertThat(i.dueAt()).isEqualTo(LocalDateTime.of(2026, 6, 15, 17, 0).atZone(VietnamTime.ZONE).toInstant());
            assertThat(i.dueRule()).startsWith("10 ngày làm việc");
        });
        assertThat(c.getCaseNumber()).startsWith("KTCH-2026-");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.PROPOSED);
    }

    @Test
    void the_plan_needs_a_report_date_not_in_the_past_then_notifies_the_subject_and_asks_for_its_self_inspection_report() {
        CaseFile c = start();

        rejected(() -> steps.plan(c, LocalDate.of(2026, 5, 29)), "reportDueDate", "notBeforeToday");
        rejected(() -> driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("decisionNumber", "mười lăm",
                "plan", "Kế hoạch.", "teamLead", "truongdoan", "team", java.util.List.of(), "outline", "Đề cương.", "reportDueDate", LocalDate.of(2026, 6, 19))),
                "decisionNumber", "pattern");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_SET_PLAN);

        steps.plan(c, LocalDate.of(2026, 6, 19));

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_SUBJECT_REPORT);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("CONTACT:KCQ-B01").hasCandidateGroup("INSPECTOR:T01");
        assertThat(steps.inboxOf("lienhe", c)).singleElement().satisfies(i -> {
            assertThat(i.taskName()).isEqualTo("Báo cáo tự kiểm tra của đối tượng");
            assertThat(VietnamTime.localDate(i.dueAt())).isEqualTo(LocalDate.of(2026, 6, 19));
        });
        // the contact sees no case page: the task page tells them the decision, the outline and the date
        assertThat(taskContext.lines(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId())).singleElement()
                .asString().contains("15-QĐ/UBKTTU", "đề cương báo cáo tự kiểm tra: Đề cương gợi ý báo cáo tự kiểm tra.", "19/06/2026");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(cases.get(c.getId()).getTeam()).contains("Phạm Đức Đoàn");
        // the contact is mailed the step, its due date and what the plan asks to follow
        assertThat(outbox.withKeyPrefix(vn.ktgs.reminder.SubjectTaskMail.DEDUPE_PREFIX + c.getId() + ":")).singleElement().satisfies(m -> {
            assertThat(m.getRecipientUser()).isEqualTo("lienhe");
            assertThat(m.getSubject()).isEqualTo("[KTGS] Đề nghị thực hiện: Báo cáo tự kiểm tra của đối tượng – " + c.getCaseNumber());
            assertThat(m.getBody()).contains("15-QĐ/UBKTTU", "trước 17 giờ ngày 19/06/2026", "Đề cương gợi ý báo cáo tự kiểm tra.",
                    "/task/");
        });
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.contains("Quyết định kiểm tra số 15-QĐ/UBKTTU") && s.contains("hạn báo cáo tự kiểm tra 19/06/2026"));
    }

    @Test
    void a_committee_inspection_without_shortcomings_closes_after_the_committee_concludes() {
        CaseFile c = start();
        steps.plan(c, LocalDate.of(2026, 6, 19));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu nghị quyết, biên bản."));
        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("CHAIR:T01");

        rejected(() -> driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION,
                votes("NO_VIOLATION", null, 11, 10, 1, 1)), "votesFor", "votesExceedMembers");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, votes("NO_VIOLATION", null, 11, 10, 0, 1));

        assertThat(instance(c)).isNull();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_NoViolation");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).isEmpty();
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.startsWith("Báo cáo tự kiểm tra: "))
                .anyMatch(s -> s.contains("(đã trao đổi với đối tượng)"));
    }

    @Test
    void a_committee_inspection_with_shortcomings_issues_a_notice_and_closes_once_remediated() {
        CaseFile c = start();
        steps.plan(c, LocalDate.of(2026, 6, 19));
        steps.selfReport(c, "kiemtra2", InspectionProcess.TASK_SUBJECT_REPORT);
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đã xác minh."));
        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION,
                votes("SHORTCOMINGS", "Chậm cụ thể hóa nghị quyết.", 11, 9, 1, 1));

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_NOTICE);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("TEAM_LEAD:T01");
        steps.issueNotice(c, "truongdoan", InspectionProcess.TASK_NOTICE, "21-TB/UBKTTU", LocalDate.of(2026, 8, 31));

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt("CallActivity_RemediationFollowup");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REMEDIATION);
        assertThat(steps.inboxOf("lienhe", c)).singleElement()
                .satisfies(i -> assertThat(i.taskKey()).isEqualTo("Task_SubmitPlan"));
        assertThat(remediation.noticesOf(c.getId())).singleElement().satisfies(n -> {
            assertThat(n.getNoticeNumber()).isEqualTo("21-TB/UBKTTU");
            assertThat(n.getFindings()).isEqualTo("Chậm cụ thể hóa nghị quyết.");
            assertThat(n.getRequirements()).singleElement().satisfies(r -> assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 8, 31)));
        });

        steps.remediate(c, "lienhe", "kiemtra1");

        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME));
    }

    @Test
    void a_cell_adopts_the_plan_at_its_meeting_and_its_meeting_concludes_with_a_minutes_extract() {
        CaseFile c = driver.startPlannedInspection(KEY, CASE_NUMBER_PREFIX, CellSecretaryDemoUser.CELL, CellSecretaryDemoUser.CELL,
                CellSecretaryDemoUser.USERNAME, "Chi bộ kiểm tra đảng viên chấp hành Điều lệ");

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_CELL_ADOPT_PLAN)
                .variables().containsEntry(PlannedInspectionProcess.COMMITTEE_LEVEL, "CELL");
        BpmnAwareTests.assertThat(instance(c)).task().isAssignedTo("bithu");
        assertThat(driver.openTask(c.getId(), TASK_CELL_ADOPT_PLAN).getCandidateGroups()).contains("CHAIR:KCQ-B01-C01");
        assertThat(steps.inboxOf("bithu", c)).singleElement()
                .satisfies(i -> assertThat(i.dueRule()).startsWith("30 ngày (").contains("hội nghị chi bộ"));

        rejected(() -> driver.complete("bithu", c.getId(), TASK_CELL_ADOPT_PLAN, values("plan", "Kế hoạch kiểm tra.",
                "meetingDate", LocalDate.of(2026, 6, 5), "reportDueDate", LocalDate.of(2026, 6, 30))), "meetingDate", "notAfterToday");
        rejected(() -> driver.complete("bithu", c.getId(), TASK_CELL_ADOPT_PLAN, values("plan", "Kế hoạch kiểm tra.",
                "meetingDate", LocalDate.of(2026, 5, 28), "reportDueDate", LocalDate.of(2026, 5, 30))), "reportDueDate", "notBeforeToday");
        driver.complete("bithu", c.getId(), TASK_CELL_ADOPT_PLAN, values("plan", "Kế hoạch kiểm tra.",
                "meetingDate", LocalDate.of(2026, 5, 28), "reportDueDate", LocalDate.of(2026, 6, 30)));

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_CELL_SELF_REPORT);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("CONTACT:KCQ-B01-C01").hasCandidateGroup("CHAIR:KCQ-B01-C01");
        assertThat(VietnamTime.localDate(task(instance(c)).getDueDate().toInstant())).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        steps.selfReport(c, "bithu", TASK_CELL_SELF_REPORT);
        steps.draftResult(c, "bithu", TASK_CELL_DRAFT_RESULT);

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_CELL_CONCLUSION);
        rejected(() -> driver.complete("bithu", c.getId(), TASK_CELL_CONCLUSION, votes("SHORTCOMINGS", "Chưa gương mẫu.", 12, 11, 1, 0)),
                "minutesExtract", "required");
        var conclusion = votes("SHORTCOMINGS", "Chưa gương mẫu trong sinh hoạt chi bộ.", 12, 12, 1, 0);
        conclusion.put("minutesExtract", "Hội nghị chi bộ ngày 30/6: 11/12 đồng chí tán thành kết luận.");
        rejected(() -> driver.complete("bithu", c.getId(), TASK_CELL_CONCLUSION, conclusion), "votesFor", "votesExceedMembers");
        conclusion.put("votesFor", 11);
        driver.complete("bithu", c.getId(), TASK_CELL_CONCLUSION, conclusion);

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(TASK_CELL_NOTICE);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("CHAIR:KCQ-B01-C01");
        steps.issueNotice(c, "bithu", TASK_CELL_NOTICE, "03-TB/CB", LocalDate.of(2026, 7, 31));
        // the cell's notice is drafted under the cell's own letterhead and signature (it has no inspection committee)
        var pdf = cases.documents(c.getId()).stream().filter(d -> d.fileName().equals("thong-bao-ket-luan-" + c.getCaseNumber() + ".pdf"))
                .findFirst().orElseThrow();
        assertThat(vn.ktgs.document.GeneratedFiles.pdfText(cases.documentContent(driver.user("bithu"), pdf.id())))
                .contains("CHI BỘ", "Số 03-TB/CB", "THÔNG BÁO KẾT LUẬN KIỂM TRA", "hội nghị chi bộ đã kết luận", "T/M CHI BỘ", "BÍ THƯ")
                .doesNotContain("ỦY BAN KIỂM TRA");

        assertThat(remediation.noticesOf(c.getId())).singleElement().satisfies(n -> assertThat(n.getFindings())
                .contains("Chưa gương mẫu", "Trích biên bản hội nghị chi bộ: Hội nghị chi bộ ngày 30/6"));
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.startsWith("Hội nghị chi bộ ngày 28/05/2026 thông qua kế hoạch kiểm tra"))
                .anyMatch(s -> s.contains("biểu quyết 11/12 tán thành"));
        // the secretary also follows up the cell's remediation
        steps.remediate(c, "bithu", "bithu");
        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void a_cell_inspection_without_shortcomings_closes_at_the_cell_meeting() {
        CaseFile c = driver.startPlannedInspection(KEY, CASE_NUMBER_PREFIX, CellSecretaryDemoUser.CELL, CellSecretaryDemoUser.CELL,
                CellSecretaryDemoUser.USERNAME, "Chi bộ kiểm tra đảng viên thực hiện nhiệm vụ");
        driver.complete("bithu", c.getId(), TASK_CELL_ADOPT_PLAN, values("plan", "Kế hoạch kiểm tra.",
                "meetingDate", LocalDate.of(2026, 6, 1), "reportDueDate", LocalDate.of(2026, 6, 30)));
        steps.selfReport(c, "bithu", TASK_CELL_SELF_REPORT);
        steps.draftResult(c, "bithu", TASK_CELL_DRAFT_RESULT);
        var conclusion = votes("NO_VIOLATION", null, 12, 12, 0, 0);
        conclusion.put("minutesExtract", "Chi bộ thống nhất: không có khuyết điểm.");
        driver.complete("bithu", c.getId(), TASK_CELL_CONCLUSION, conclusion);

        assertThat(instance(c)).isNull();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_CellNoViolation");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).isEmpty();
    }
}
