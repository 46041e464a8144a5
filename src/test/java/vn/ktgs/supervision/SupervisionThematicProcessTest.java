package vn.ktgs.supervision;

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
import vn.ktgs.casefile.*;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.programme.ProgrammeCaseStart;
import vn.ktgs.programme.ProgrammeProcess;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** Every path of bpmn/supervision/supervision-thematic.bpmn, driven through the services users use. */
@IntegrationTest
class SupervisionThematicProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired CaseLinks links;
    @Autowired ProgrammeCaseStart caseStart;
    @Autowired OrganizationService organizations;
    @Autowired SignService signs;
    @Autowired RemediationService remediation;
    @Autowired ExtensionService extensions;

    @BeforeEach
    void setUp() {
        init(engine);
        // Monday 1 June 2026: no public holiday until 2 September, so working days are Monday to Friday
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance instance(CaseFile c) {
        return processInstanceQuery().processDefinitionKey(SupervisionProcess.KEY).processInstanceBusinessKey(c.getCaseNumber()).singleResult();
    }

    private static Instant at17(int month, int day) {
        return LocalDateTime.of(2026, month, day, 17, 0).atZone(VietnamTime.ZONE).toInstant();
    }

    /** By the start contract, as a programme item's start does (ProgrammeItemStarter; ProgrammeStartTest starts one that way). */
    private CaseFile start(String committeeCode, String subjectCode, String title, String content, String lead, Long programmeItemId) {
        Organization committee = organizations.byCode(committeeCode);
        Organization subject = organizations.byCode(subjectCode);
        return caseStart.start(new ProgrammeCaseStart.Request(new CaseFile(SupervisionProcess.KEY, title, content,
                committee.getId(), committee.getPath(), subject.getId(), null, subject.getName(), subject.getPath(),
                ProgrammeProcess.SOURCE, null, lead, ClockUtil.getCurrentTime().toInstant()), SupervisionProcess.CASE_NUMBER_PREFIX,
                committee.getCode(), subject.getCode(), lead, programmeItemId, lead, "Giám sát chuyên đề " + subject.getName()));
    }

    private CaseFile started(String subject) {
        return start("T01", subject, "Giám sát việc thực hiện quy chế chi tiêu nội bộ",
                "Giám sát chuyên đề việc lãnh đạo, chỉ đạo thực hiện quy chế chi tiêu nội bộ năm 2026.", "truongdoan", 77L);
    }

    /** Plan, split, report, all on Monday 1 June; the subject's report arrives that day. */
    private void planAndReport(CaseFile c) {
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_SET_PLAN, values("decisionNumber", "15-QĐ/UBKTTU",
                "plan", "Giám sát trong tháng 6 và 7.", "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"),
                "reportDueDate", LocalDate.of(2026, 6, 15), "outline", "Báo cáo theo 5 nội dung của đề cương."));
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_SPLIT_WORK, values("assignments",
                "Đ/c Kiểm: thu chi; đ/c Đoàn: tổng hợp."));
        driver.complete("kiemtra1", c.getId(), SupervisionProcess.TASK_SUBJECT_REPORT, values("summary",
                "Báo cáo việc thực hiện quy chế chi tiêu nội bộ.", "onBehalf", true,
                "document", new UploadedFile("bao-cao.pdf", "application/pdf", "%PDF-1.4".getBytes())));
    }

    private void studyMeetAndReport(CaseFile c, boolean signsFound) {
        driver.complete("kiemtra1", c.getId(), SupervisionProcess.TASK_STUDY, values("findings", "Báo cáo đầy đủ, một số khoản chi chưa rõ.",
                "explanationsRequested", "Giải trình khoản chi hội nghị."));
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_MEETING, values("minutes", "Làm việc ngày 20/6 tại đơn vị."));
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_RESULT_REPORT, signsFound
                ? values("resultReport", "Có khoản chi hội nghị 90 triệu đồng không có chứng từ.", "signsFound", true,
                        "signContent", "Chi hội nghị 90 triệu đồng không có chứng từ hợp lệ.")
                : values("resultReport", "Đơn vị thực hiện đúng quy chế.", "signsFound", false));
    }

    private void conclude(CaseFile c) {
        driver.complete("chunhiem", c.getId(), SupervisionProcess.TASK_CONCLUSION, values("conclusion", "SHORTCOMINGS",
                "findings", "Một số khoản chi chưa đúng quy chế.", "memberCount", 11, "votesFor", 10, "votesAgainst", 0, "votesAbstain", 1));
    }

    @Test
    void a_programme_item_starts_it_by_the_contract_and_the_lead_gets_the_plan() {
        CaseFile c = started("KCQ-B11");

        assertThat(c.getCaseNumber()).startsWith("GSCD-2026-");
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(SupervisionProcess.TASK_SET_PLAN)
                .variables().containsEntry("programmeItemId", 77L).containsEntry("lead", "truongdoan");
        BpmnAwareTests.assertThat(instance(c)).task().isAssignedTo("truongdoan");
        assertThat(driver.openTask(c.getId(), SupervisionProcess.TASK_SET_PLAN).getCandidateGroups()).containsExactly("TEAM_LEAD:T01");
        // the step's own rule, 10 working days, not the supervision's duration
        assertThat(task(instance(c)).getDueDate().toInstant()).isEqualTo(at17(6, 15));
    }

    @Test
    void without_signs_or_requirements_the_notice_closes_the_case() {
        CaseFile c = started("KCQ-B12");
        planAndReport(c);
        // the subject's report arrived Monday 1 June: the province has 30 working days, to Monday 13 July
        assertThat(driver.openTask(c.getId(), SupervisionProcess.TASK_STUDY).getDueAt()).isEqualTo(at17(7, 13));
        studyMeetAndReport(c, false);
        // the meeting and the result report share that date
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(SupervisionProcess.TASK_CONCLUSION);
        conclude(c);
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_NOTICE, values("noticeNumber", "21-TB/UBKTTU"));

        assertThat(instance(c)).isNull();
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber())
                .processDefinitionKey(SupervisionProcess.KEY).singleResult().getEndActivityId()).isEqualTo("EndEvent_ClosedNoRequirements");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).hasSize(1);
        assertThat(signs.ofCase(c.getId())).isEmpty();
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .contains("Ban hành thông báo kết luận giám sát số 21-TB/UBKTTU (không có yêu cầu khắc phục)")
                .anyMatch(summary -> summary.startsWith("Kết luận giám sát: ") && summary.endsWith("; biểu quyết 10/11 tán thành; Một số khoản chi chưa đúng quy chế."));
    }

    @Test
    void the_meeting_and_the_result_report_keep_the_supervisions_due_date() {
        CaseFile c = started("KCQ-B13");
        planAndReport(c);
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 10, 9, 0));
        driver.complete("kiemtra1", c.getId(), SupervisionProcess.TASK_STUDY, values("findings", "Đã nghiên cứu."));

        assertThat(driver.openTask(c.getId(), SupervisionProcess.TASK_MEETING).getDueAt()).isEqualTo(at17(7, 13));
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_MEETING, values("minutes", "Đã làm việc."));
        assertThat(driver.openTask(c.getId(), SupervisionProcess.TASK_RESULT_REPORT).getDueAt()).isEqualTo(at17(7, 13));
    }

    @Test
    void an_extension_of_at_most_a_third_moves_the_rest_of_the_supervision() {
        CaseFile c = started("KCQ-B14");
        planAndReport(c);
        InboxTask study = driver.openTask(c.getId(), SupervisionProcess.TASK_STUDY);

        // a third of 30 working days is 10
        assertThatThrownBy(() -> extensions.request(driver.user("truongdoan"), study.getTaskId(), 11, "Đối tượng xin lùi lịch làm việc."))
                .isInstanceOf(FormValidationException.class);
        extensions.request(driver.user("truongdoan"), study.getTaskId(), 10, "Đối tượng xin lùi lịch làm việc.");
        driver.complete("chunhiem", c.getId(), "Task_DecideExtension", values("decision", "APPROVE", "comment", "Đồng ý."));

        // 13 July + 10 working days = Monday 27 July, for the study and then the meeting
        assertThat(driver.openTask(c.getId(), SupervisionProcess.TASK_STUDY).getDueAt()).isEqualTo(at17(7, 27));
        driver.complete("kiemtra1", c.getId(), SupervisionProcess.TASK_STUDY, values("findings", "Đã nghiên cứu."));
        assertThat(driver.openTask(c.getId(), SupervisionProcess.TASK_MEETING).getDueAt()).isEqualTo(at17(7, 27));
    }

    @Test
    void the_duration_follows_the_committees_level() {
        // central 45, commune 25, base 20 working days from the report (the province's 30 is checked above)
        assertThat(studyDueFor("TW", "X02")).isEqualTo(at17(8, 3));
        assertThat(studyDueFor("X01", "X01-C01")).isEqualTo(at17(7, 6));
        assertThat(studyDueFor("KCQ-B02", "KCQ-B02-C01")).isEqualTo(at17(6, 29));
    }

    /** Runs the first steps with the engine's own API (these committees have no demo users) and reads the study's due date. */
    private Instant studyDueFor(String committee, String subject) {
        CaseFile c = start(committee, subject, "Giám sát chuyên đề", "Giám sát chuyên đề theo chương trình.", "truongdoan", null);
        ProcessInstance pi = instance(c);
        complete(task(pi), withVariables(SupervisionProcess.REPORT_DUE_DATE, Date.from(at17(6, 15))));
        complete(task(pi));
        complete(task(pi));
        BpmnAwareTests.assertThat(pi).isWaitingAt(SupervisionProcess.TASK_STUDY);
        return task(pi).getDueDate().toInstant();
    }

    @Test
    void signs_turned_into_an_inspection_open_a_linked_case_and_the_supervision_goes_on_to_remediation() {
        CaseFile c = started("KCQ-B15");
        planAndReport(c);
        studyMeetAndReport(c, true);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(SupervisionProcess.TASK_DECIDE_SIGNS);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("STANDING:T01");
        ViolationSign sign = signs.ofCase(c.getId()).get(0);
        assertThat(sign.getSource()).isEqualTo(ViolationSource.THEMATIC_SUPERVISION);

        // an inspector is not a standing member
        assertThatThrownBy(() -> driver.complete("kiemtra1", c.getId(), SupervisionProcess.TASK_DECIDE_SIGNS, values("decision", "INSPECT")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        driver.complete("phochunhiem", c.getId(), SupervisionProcess.TASK_DECIDE_SIGNS, values("decision", "INSPECT"));

        ViolationSign decided = signs.get(sign.getId());
        assertThat(decided.getStatus()).isEqualTo(SignStatus.INSPECTED);
        CaseFile inspection = cases.get(decided.getInspectionCaseId());
        assertThat(inspection.getProcessKey()).isEqualTo(InspectionProcess.KEY);
        assertThat(inspection.getSource()).isEqualTo("THEMATIC_SUPERVISION");
        assertThat(inspection.getSubjectOrgId()).isEqualTo(c.getSubjectOrgId());
        assertThat(inspection.getContent()).isEqualTo("Chi hội nghị 90 triệu đồng không có chứng từ hợp lệ.");
        // the chair already decided: the inspection starts at its plan
        ProcessInstance inspectionInstance = processInstanceQuery().processInstanceBusinessKey(inspection.getCaseNumber()).singleResult();
        BpmnAwareTests.assertThat(inspectionInstance).isWaitingAt(InspectionProcess.TASK_SET_PLAN);
        assertThat(links.of(c.getId())).singleElement().satisfies(r -> {
            assertThat(r.other().getId()).isEqualTo(inspection.getId());
            assertThat(r.outgoing()).isTrue();
            assertThat(r.kind()).isEqualTo(CaseLinkKind.SUPERVISION_TO_INSPECTION);
        });
        assertThat(links.of(inspection.getId())).singleElement().satisfies(r -> {
            assertThat(r.other().getId()).isEqualTo(c.getId());
            assertThat(r.outgoing()).isFalse();
        });
        // a lower committee's chair sees neither side of the link
        assertThat(links.visibleTo(driver.user("xa.chunhiem"), c.getId())).isEmpty();

        conclude(c);
        // a requirement due before the notice date is refused beside its field, and no notice is issued
        assertThatThrownBy(() -> driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_NOTICE, values("noticeNumber", "22-TB/UBKTTU",
                "requirements", List.of(values("content", "Bổ sung chứng từ chi hội nghị", "owner", "Đảng ủy đơn vị",
                        "dueDate", LocalDate.of(2026, 5, 29))))))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("requirements[0].dueDate"));
        assertThat(remediation.noticesOf(c.getId())).isEmpty();
        driver.complete("truongdoan", c.getId(), SupervisionProcess.TASK_NOTICE, values("noticeNumber", "22-TB/UBKTTU",
                "requirements", List.of(values("content", "Bổ sung chứng từ chi hội nghị", "owner", "Đảng ủy đơn vị",
                        "dueDate", LocalDate.of(2026, 8, 31)))));
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt("CallActivity_RemediationFollowup");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REMEDIATION);
        driver.complete("kiemtra1", c.getId(), "Task_SubmitPlan", values("plan", "Bổ sung trong tháng 7.", "onBehalf", true));
        driver.complete("truongdoan", c.getId(), "Task_ReviewPlan", values("decision", "ACCEPT"));
        InboxTask report = driver.openTask(c.getId(), "Task_ReportRemediation");
        driver.complete("kiemtra1", c.getId(), "Task_ReportRemediation", values("reportKind", "COMPLETION",
                "report", "Đã bổ sung chứng từ.", "onBehalf", true));
        driver.complete("truongdoan", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));

        assertThat(report.getCandidateGroups()).contains("CONTACT:KCQ-B15");
        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void dismissing_the_signs_needs_a_reason() {
        CaseFile c = started("KCQ-B16");
        planAndReport(c);
        studyMeetAndReport(c, true);

        assertThatThrownBy(() -> driver.complete("chunhiem", c.getId(), SupervisionProcess.TASK_DECIDE_SIGNS, values("decision", "DISMISS")))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field).containsExactly("reason"));
        driver.complete("chunhiem", c.getId(), SupervisionProcess.TASK_DECIDE_SIGNS,
                values("decision", "DISMISS", "reason", "Đơn vị đã bổ sung chứng từ hợp lệ khi làm việc."));

        ViolationSign sign = signs.ofCase(c.getId()).get(0);
        assertThat(sign.getStatus()).isEqualTo(SignStatus.DISMISSED);
        assertThat(sign.getDismissReason()).isEqualTo("Đơn vị đã bổ sung chứng từ hợp lệ khi làm việc.");
        assertThat(links.of(c.getId())).isEmpty();
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(SupervisionProcess.TASK_CONCLUSION);
    }
}
