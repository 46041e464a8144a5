package vn.ktgs.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** bpmn/remediation/remediation-followup.bpmn: on time, late, and the reminder of an overdue requirement. */
@IntegrationTest
class RemediationFollowupProcessTest {

    @Autowired CaseDriver driver;
    @Autowired RemediationService remediation;
    @Autowired MailOutbox outbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseFile caseWithNotice(String subject, LocalDate requirementDue) {
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 2, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", subject);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "team", "Đoàn 1", "reportDueDate", LocalDate.of(2026, 2, 20)));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                "document", new vn.ktgs.casefile.UploadedFile("bc.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đã xác minh."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Báo cáo kết quả."));
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values("conclusion", "SHORTCOMINGS",
                "memberCount", 11, "votesFor", 11, "votesAgainst", 0, "votesAbstain", 0));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_NOTICE, values("noticeNumber", "3-TB/UBKTTU",
                "requirements", List.of(values("content", "Khắc phục khuyết điểm", "owner", "Đảng ủy", "dueDate", requirementDue))));
        return c;
    }

    @Test
    void a_requirement_done_after_its_due_date_makes_the_notice_remediated_late() {
        CaseFile c = caseWithNotice("KCQ-B12", LocalDate.of(2026, 3, 31));
        InboxTask report = driver.openTask(c.getId(), "Task_ReportRemediation");
        assertThat(report.getCandidateGroups()).containsExactlyInAnyOrder("CONTACT:KCQ-B12", "INSPECTOR:T01");

        // overdue on Thu 2/4: the subject's side and the inspectors are reminded
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 2, 8, 0));
        driver.runReminderSweep();
        assertThat(outbox.aboutTask(report.getTaskId())).extracting(m -> m.getRecipientUser())
                .contains("kiemtra1", "kiemtra2", "truongdoan");

        driver.complete("kiemtra2", c.getId(), "Task_ReportRemediation", values("report", "Đã khắc phục."));
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));

        ConclusionNotice notice = remediation.noticesOf(c.getId()).get(0);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.REMEDIATED_LATE);
        assertThat(notice.getRequirements().get(0).getStatus()).isEqualTo(RequirementStatus.DONE);
    }

    @Test
    void returning_a_report_needs_a_comment_and_asks_for_a_new_report() {
        CaseFile c = caseWithNotice("KCQ-B13", LocalDate.of(2026, 3, 31));
        driver.complete("kiemtra2", c.getId(), "Task_ReportRemediation", values("report", "Đang khắc phục."));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "RETURN")))
                .isInstanceOf(vn.ktgs.tasklist.form.FormValidationException.class);
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "RETURN", "comment", "Chưa đủ."));
        assertThat(driver.openTask(c.getId(), "Task_ReportRemediation")).isNotNull();
        assertThat(remediation.noticesOf(c.getId()).get(0).getRequirements().get(0).getStatus()).isEqualTo(RequirementStatus.RETURNED);
        assertThat(remediation.noticesOf(c.getId()).get(0).getStatus()).isEqualTo(NoticeStatus.OPEN);
    }

    @Test
    void a_report_on_the_due_date_is_on_time_even_when_the_inspector_confirms_later() {
        CaseFile c = caseWithNotice("KCQ-B16", LocalDate.of(2026, 3, 31));
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 31, 16, 0));
        driver.complete("kiemtra2", c.getId(), "Task_ReportRemediation", values("report", "Đã khắc phục, kèm chứng từ."));
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 3, 10, 0));
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));
        assertThat(remediation.noticesOf(c.getId()).get(0).getStatus()).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME);
    }
}
