package vn.ktgs.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.support.CaseDriver.values;

import java.time.*;
import java.util.*;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.remediation.NoticeStatus;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.OutboxMail;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** Every path of bpmn/inspection/inspection-violation.bpmn, driven through the services users use. */
@IntegrationTest
class InspectionViolationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired RemediationService remediation;
    @Autowired MailOutbox outbox;
    @Autowired vn.ktgs.tasklist.InboxService inbox;

    @BeforeEach
    void setUp() {
        init(engine);
        // a Friday before the 30/4 and 1/5 holidays
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 24, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(CaseFile c) {
        return processInstanceQuery().processDefinitionKey(InspectionProcess.KEY).processInstanceBusinessKey(c.getCaseNumber()).singleResult();
    }

    @Test
    void a_proposal_waits_for_the_standing_members_with_a_due_date_in_working_days() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B01");

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_APPROVE);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("STANDING:T01").isNotAssigned();
        // 5 working days from Fri 24/4: Mon 27/4 compensates the Hùng Kings (Sun 26/4), 30/4 and 1/5 are off → Wed 6/5, 17:00
        assertThat(task(instance(c)).getDueDate().toInstant())
                .isEqualTo(LocalDateTime.of(2026, 5, 6, 17, 0).atZone(VietnamTime.ZONE).toInstant());
        assertThat(c.getCaseNumber()).startsWith("KTDH-2026-");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.PROPOSED);
    }

    @Test
    void a_rejection_needs_a_reason_and_closes_the_case_as_rejected() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B01");

        assertThatThrownBy(() -> driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "REJECT")))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field).containsExactly("reason"));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_APPROVE);

        driver.complete("phochunhiem", c.getId(), InspectionProcess.TASK_APPROVE,
                values("decision", "REJECT", "reason", "Chưa đủ căn cứ, giao tiếp tục giám sát thường xuyên."));

        assertThat(instance(c)).isNull();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_Rejected");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(cases.timeline(c.getId())).extracting(e -> e.getSummary()).anyMatch(s -> s.contains("Chưa đủ căn cứ"));
    }

    @Test
    void an_inspection_without_violation_closes_after_the_committee_concludes() {
        CaseFile c = approveAndPlan(LocalDate.of(2026, 5, 8));
        reportVerifyAndDraft(c);

        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values("conclusion", "NO_VIOLATION",
                "memberCount", 11, "votesFor", 10, "votesAgainst", 0, "votesAbstain", 1));

        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).isEmpty();
    }

    @Test
    void votes_cannot_exceed_the_members_and_a_violation_needs_findings() {
        CaseFile c = approveAndPlan(LocalDate.of(2026, 5, 8));
        reportVerifyAndDraft(c);

        assertThatThrownBy(() -> driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values(
                "conclusion", "SHORTCOMINGS", "memberCount", 5, "votesFor", 5, "votesAgainst", 1, "votesAbstain", 0)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::code)
                        .containsExactly("votesExceedMembers"));
        assertThatThrownBy(() -> driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values(
                "conclusion", "VIOLATION", "memberCount", 11, "votesFor", 9, "votesAgainst", 1, "votesAbstain", 1)))
                .isInstanceOf(FormValidationException.class);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_CONCLUSION);
    }

    @Test
    void a_violation_leads_to_a_notice_and_the_case_closes_when_every_requirement_is_confirmed() {
        CaseFile c = approveAndPlan(LocalDate.of(2026, 5, 8));
        reportVerifyAndDraft(c);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values("conclusion", "VIOLATION",
                "findings", "Chi sai mục đích 120 triệu đồng kinh phí hoạt động.", "memberCount", 11,
                "votesFor", 9, "votesAgainst", 1, "votesAbstain", 1));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_NOTICE, values("noticeNumber", "12-TB/UBKTTU",
                "requirements", List.of(
                        values("content", "Thu hồi 120 triệu đồng chi sai mục đích", "owner", "Đảng ủy Sở Tài chính",
                                "dueDate", LocalDate.of(2026, 6, 30)),
                        values("content", "Kiểm điểm trách nhiệm tập thể, cá nhân", "owner", "Ban Thường vụ Đảng ủy",
                                "dueDate", LocalDate.of(2026, 6, 15)))));

        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REMEDIATION);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt("CallActivity_RemediationFollowup");
        // the subject's plan first (here recorded by an inspector on its behalf), accepted by the inspector
        driver.complete("kiemtra2", c.getId(), "Task_SubmitPlan", values("plan", "Kế hoạch khắc phục.", "onBehalf", true));
        driver.complete("kiemtra1", c.getId(), "Task_ReviewPlan", values("decision", "ACCEPT"));
        List<InboxTask> reports = driver.openTasks(c.getId());
        assertThat(reports).hasSize(2).allMatch(t -> t.getTaskKey().equals("Task_ReportRemediation"))
                .allMatch(t -> t.getCandidateGroups().contains("CONTACT:KCQ-B01"));
        // each report is due on its own requirement's date
        assertThat(reports).extracting(t -> VietnamTime.localDate(t.getDueAt()))
                .containsExactlyInAnyOrder(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 15));

        // the contact person of the subject reports both; the inspector returns the first once
        for (InboxTask report : reports) {
            driver.complete("lienhe", c.getId(), report.getTaskKey(), values("reportKind", "COMPLETION", "report", "Đã thực hiện, kèm chứng từ."));
        }
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "RETURN",
                "comment", "Thiếu chứng từ nộp tiền."));
        driver.complete("lienhe", c.getId(), "Task_ReportRemediation", values("reportKind", "COMPLETION", "report", "Bổ sung giấy nộp tiền."));
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));
        driver.complete("kiemtra2", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));

        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME));
    }

    @Test
    void an_overdue_subject_report_reminds_the_people_who_must_act_then_escalates_by_the_policy() {
        CaseFile c = approveAndPlan(LocalDate.of(2026, 5, 8));
        InboxTask report = driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT);

        // Thu 7/5: due tomorrow (within 2 working days) → "Sắp đến hạn" to everyone who may act
        CaseDriver.clockAt(LocalDateTime.of(2026, 5, 7, 8, 0));
        driver.runReminderSweep();
        assertThat(mails(report, "Sắp đến hạn:")).extracting(OutboxMail::getRecipientUser)
                .containsExactlyInAnyOrder("lienhe", "kiemtra1", "kiemtra2", "truongdoan");

        // Mon 11/5: one working day overdue → "Quá hạn"; nobody above is told yet
        CaseDriver.clockAt(LocalDateTime.of(2026, 5, 11, 8, 0));
        driver.runReminderSweep();
        assertThat(mails(report, "Quá hạn:")).hasSize(4);
        assertThat(mails(report, "Quá hạn – báo trưởng đoàn")).isEmpty();
        OutboxMail overdue = mails(report, "Quá hạn:").get(0);
        assertThat(overdue.getSubject()).contains(c.getCaseNumber(), "Báo cáo giải trình");
        assertThat(overdue.getBody()).contains(c.getCaseNumber(), "08/05/2026 17:00", "quá hạn 1 ngày làm việc",
                "/task/" + report.getTaskId());

        // Wed 13/5: three working days late → the team lead; twice swept, nothing queued twice
        CaseDriver.clockAt(LocalDateTime.of(2026, 5, 13, 8, 0));
        driver.runReminderSweep();
        driver.runReminderSweep();
        assertThat(mails(report, "Quá hạn – báo trưởng đoàn")).extracting(OutboxMail::getRecipientUser).containsExactly("truongdoan");
        assertThat(mails(report, "Quá hạn:")).hasSize(4);
        assertThat(mails(report, "Sắp đến hạn:")).hasSize(4);
        // the inbox says how late, in working days, and why the date is what it is
        assertThat(inbox.inbox(driver.user("kiemtra1"), 0, 500)).filteredOn(i -> i.taskId().equals(report.getTaskId()))
                .singleElement().satisfies(i -> {
                    assertThat(i.overdue()).isTrue();
                    assertThat(i.workingDaysLeft()).isEqualTo(-3);
                    assertThat(i.dueRule()).isEqualTo("Hạn do người dùng đặt trong quy trình");
                });

        // Fri 15/5: five working days late → the chair and the deputy
        CaseDriver.clockAt(LocalDateTime.of(2026, 5, 15, 8, 0));
        driver.runReminderSweep();
        assertThat(mails(report, "Cảnh báo quá hạn")).extracting(OutboxMail::getRecipientUser)
                .containsExactlyInAnyOrder("chunhiem", "phochunhiem");

        // the report arrives late: the case goes on
        driver.complete("lienhe", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo giải trình.",
                "document", new vn.ktgs.casefile.UploadedFile("giai-trinh.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_VERIFY);
    }

    private List<OutboxMail> mails(InboxTask task, String label) {
        return outbox.aboutTask(task.getTaskId()).stream().filter(m -> m.getSubject().startsWith("[KTGS] " + label)).toList();
    }

    private CaseFile approveAndPlan(LocalDate reportDue) {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B01");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_SET_PLAN);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("TEAM_LEAD:T01");
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra từ 4/5 đến 30/6.",
                "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"), "reportDueDate", reportDue));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_SUBJECT_REPORT);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("CONTACT:KCQ-B01").hasCandidateGroup("INSPECTOR:T01");
        assertThat(VietnamTime.localDate(task(instance(c)).getDueDate().toInstant())).isEqualTo(reportDue);
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        // the subject's contact is asked by mail: the step, its due date, the plan to follow, the link to the task
        assertThat(outbox.withKeyPrefix(vn.ktgs.reminder.SubjectTaskMail.DEDUPE_PREFIX + c.getId() + ":")).singleElement().satisfies(m -> {
            assertThat(m.getRecipientUser()).isEqualTo("lienhe");
            assertThat(m.getBody()).contains("Báo cáo giải trình của đối tượng", "trước 17 giờ ngày " + Formats.date(reportDue),
                    "Kế hoạch kiểm tra: Kiểm tra từ 4/5 đến 30/6.", "/task/" + task(instance(c)).getId());
        });
        return c;
    }

    private void reportVerifyAndDraft(CaseFile c) {
        driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Nhập thay đối tượng.",
                "onBehalf", true, "document", new vn.ktgs.casefile.UploadedFile("bao-cao.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {'P', 'K', 3, 4})));
        assertThat(cases.documents(driver.user("kiemtra1"), c.getId())).filteredOn(d -> d.fileName().equals("bao-cao.docx")).singleElement()
                .satisfies(d -> assertThat(d.sha256()).hasSize(64));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đã xác minh chứng từ."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Dự thảo báo cáo."));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_CONCLUSION);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("CHAIR:T01");
    }
}
