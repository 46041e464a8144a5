package vn.ktgs.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.*;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecordStatus;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.reminder.MailDispatcher;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.OutboxMail;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/**
 * Every path of bpmn/complaint/discipline-complaint.bpmn, worked through the inbox as users do: not accepted at
 * intake (reasoned reply), not accepted by the standing board, and accepted then upheld, changed or annulled.
 * Mails go out through the outbox to GreenMail.
 */
@IntegrationTest
class ComplaintProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired JdbcTemplate jdbc;
    @Autowired DisciplineRecords records;
    @Autowired ComplaintService complaints;
    @Autowired ComplaintDeadlines deadlines;
    @Autowired CaseService cases;
    @Autowired CaseLinks links;
    @Autowired CaseDriver driver;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired MailOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired BusinessCalendar calendar;
    @Autowired OrganizationService organizations;
    @Autowired vn.ktgs.audit.AuditTrail audit;

    @BeforeEach
    void clock() {
        CaseDriver.clockAt(LocalDateTime.of(2033, 4, 4, 9, 0)); // Monday
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseFile register(ComplaintFixture f, Object... overrides) {
        return complaints.register(driver.user(f.committee().inspector()), f.intake(overrides));
    }

    private Complaint complaintOf(CaseFile c) {
        return complaints.ofCase(c.getId()).orElseThrow();
    }

    private String endOf(CaseFile c) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.getCaseNumber()).singleResult().getEndActivityId();
    }

    private Task task(CaseFile c) {
        return tasks.createTaskQuery().processInstanceBusinessKey(c.getCaseNumber()).singleResult();
    }

    private List<String> documentKinds(CaseFile c) {
        return cases.documents(c.getId()).stream().map(DocumentInfo::kind).distinct().toList();
    }

    private OutboxMail mail(Complaint complaint, String kind) {
        return outbox.withKeyPrefix("COMPLAINT_" + kind + ":" + complaint.getId()).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " mail"));
    }

    private void acceptAndVerify(ComplaintFixture f, CaseFile c) {
        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_DECISION, values("decision", "APPROVE",
                "teamLead", f.committee().inspector(), "team", List.of(), "plan", "Làm việc với người khiếu nại và chi bộ trong tháng 4."));
        driver.complete(f.committee().inspector(), c.getId(), ComplaintProcess.TASK_VERIFY, values(
                "withComplainant", "Đồng chí trình bày chi bộ không cho giải trình.",
                "withDisciplinaryOrg", "Chi bộ xác nhận đã họp đủ thủ tục nhưng chưa mời đảng viên trình bày.",
                "conductSince", "Chi bộ nhận xét đồng chí tu dưỡng tốt từ khi bị kỷ luật.",
                "verification", "Biên bản họp chi bộ thiếu ý kiến của đảng viên vi phạm."));
        driver.complete(f.committee().inspector(), c.getId(), ComplaintProcess.TASK_DRAFT_REPORT, values(
                "report", "Đoàn đề nghị xem xét lại hình thức kỷ luật vì thủ tục chưa bảo đảm.", "proposedOutcome", "CHANGE"));
    }

    private void decide(ComplaintFixture f, CaseFile c, Object... outcome) {
        var v = values("resolutionNumber", "7-QĐ/UBKTĐU", "reason", "Thủ tục kỷ luật chưa bảo đảm quyền trình bày của đảng viên.",
                "memberCount", 5, "votesFor", 4, "votesAgainst", 1, "votesAbstain", 0);
        for (int i = 0; i < outcome.length; i += 2) {
            v.put((String) outcome[i], outcome[i + 1]);
        }
        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_DECIDE, v);
    }

    @Test
    void a_late_complaint_gets_a_reasoned_reply_approved_by_the_standing_members_and_the_case_closes() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f, "filedOn", LocalDate.of(2033, 4, 1)); // received 1/3: the window ended 31/3

        assertThat(c.getCaseNumber()).startsWith("KNKL-2033-");
        assertThat(complaintOf(c).reasons()).containsExactly(InadmissibleReason.LATE);
        assertThat(complaintOf(c).getAppealWindowEndsOn()).isEqualTo(LocalDate.of(2033, 3, 31));
        driver.openTask(c.getId(), ComplaintProcess.TASK_APPROVE_REPLY);
        assertThat(driver.openTask(c.getId(), ComplaintProcess.TASK_APPROVE_REPLY).getCandidateGroups())
                .containsExactly("STANDING:" + f.committee().code());

        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_REPLY,
                values("note", "Đồng chí có thể kiến nghị với chi bộ nếu có tình tiết mới."));

        assertThat(endOf(c)).isEqualTo("EndEvent_NotAccepted");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(complaintOf(c).getStatus()).isEqualTo(ComplaintStatus.NOT_ACCEPTED);
        assertThat(documentKinds(c)).containsExactly("COMPLAINT_REPLY");
        assertThat(cases.documents(c.getId())).extracting(DocumentInfo::fileName)
                .contains("tra-loi-don-khieu-nai-" + c.getCaseNumber() + ".pdf", "tra-loi-don-khieu-nai-" + c.getCaseNumber() + ".docx");
        assertThat(cases.documents(c.getId()).get(0).number()).endsWith("-CV/UBKTĐU");
        assertThat(docx(f, c, "COMPLAINT_REPLY")).contains("TRẢ LỜI ĐƠN KHIẾU NẠI KỶ LUẬT", "không thuộc trường hợp được thụ lý",
                "Đơn gửi quá thời hạn khiếu nại", "hết ngày 31/03/2033", "T/M ỦY BAN KIỂM TRA");
        // no postmark nor date on the letter: it is named by the day it arrived, not "dated" that day
        assertThat(docx(f, c, "COMPLAINT_REPLY")).contains("đã nhận đơn (nhận ngày 01/04/2033) của đồng chí", "đơn nhận ngày 01/04/2033.")
                .doesNotContain("đề ngày 01/04/2033");
        // the discipline was never touched, and a new complaint about it may be registered now
        assertThat(records.get(f.record().getId()).orElseThrow().getStatus()).isEqualTo(DisciplineRecordStatus.IN_FORCE);

        dispatcher.drain();
        MimeMessage sent = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("[KTGS] Trả lời đơn khiếu nại kỷ luật – hồ sơ " + c.getCaseNumber())).findFirst().orElseThrow();
        String body = text(sent);
        assertThat(address(sent)).isEqualTo("khieunai." + f.memberId() + "@nguoidan.example");
        assertThat(subject(sent)).isEqualTo("[KTGS] Trả lời đơn khiếu nại kỷ luật – hồ sơ " + c.getCaseNumber());
        assertThat(body).contains("không thuộc trường hợp được thụ lý", "quá thời hạn khiếu nại", "01/03/2033", "31/03/2033",
                "01/04/2033", f.record().getDecisionNumber(), "Đồng chí có thể kiến nghị với chi bộ");
        assertThat(body).doesNotContain("tố cáo riêng").contains("đơn khiếu nại (nhận ngày 01/04/2033)").doesNotContain("đề ngày 01/04/2033");
    }

    @Test
    void a_letter_posted_in_time_but_received_late_is_accepted() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        // the window ended 31/3; the letter was posted on 30/3 and reached the committee on 1/4
        CaseFile c = register(f, "sentOn", LocalDate.of(2033, 3, 30), "filedOn", LocalDate.of(2033, 4, 1));

        assertThat(complaintOf(c).admissible()).isTrue();
        assertThat(complaintOf(c).getSentOn()).isEqualTo(LocalDate.of(2033, 3, 30));
        // the step is due on the resolution deadline, and says so (not "set by the user")
        assertThat(driver.openTask(c.getId(), ComplaintProcess.TASK_APPROVE_DECISION).getDueRule())
                .startsWith("Hạn giải quyết khiếu nại: 90 ngày làm việc").endsWith("tính từ ngày nhận đơn 01/04/2033");
    }

    @Test
    void the_standing_members_may_accept_a_complaint_the_rules_refused_and_it_goes_on_to_the_decision_and_plan() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f, "filedOn", LocalDate.of(2033, 4, 1)); // late by the received date, postmark unknown
        assertThat(complaintOf(c).reasons()).containsExactly(InadmissibleReason.LATE);

        // the reason is required when they accept
        assertThatThrownBy(() -> driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_REPLY,
                values("replyDecision", "ACCEPT"))).isInstanceOf(FormValidationException.class);
        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_REPLY, values("replyDecision", "ACCEPT",
                "acceptReason", "Bì thư có dấu bưu điện ngày 28/3, trong thời hạn khiếu nại."));

        assertThat(complaintOf(c).getStatus()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(complaintOf(c).getAcceptedDespiteReason()).contains("dấu bưu điện ngày 28/3");
        assertThat(documentKinds(c)).doesNotContain("COMPLAINT_REPLY");
        assertThat(outbox.withKeyPrefix("COMPLAINT_REPLY:" + complaintOf(c).getId())).isEmpty();
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.contains("vẫn thụ lý đơn") && s.contains("dấu bưu điện ngày 28/3"));
        assertThat(audit.of("case:" + c.getId())).extracting(e -> e.getAction() + " " + e.getDetail())
                .contains("complaint-accepted-anyway Bì thư có dấu bưu điện ngày 28/3, trong thời hạn khiếu nại.");

        acceptAndVerify(f, c);
        decide(f, c, "outcome", "UPHOLD");
        assertThat(endOf(c)).isEqualTo("EndEvent_Resolved");
        assertThat(complaintOf(c).getStatus()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void a_letter_that_also_denounces_is_answered_as_a_complaint_and_the_writer_told_to_denounce_separately() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f, "writtenForAnother", true, "alsoDenounces", true);

        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_REPLY, values());

        String body = mail(complaintOf(c), "REPLY").getBody();
        assertThat(body).contains("Đơn khiếu nại thay cho người khác", "gửi đơn tố cáo riêng");
    }

    @Test
    void without_an_e_mail_address_the_reply_goes_by_post_and_no_mail_is_queued() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f, "replyEmail", "", "sentenced", true);

        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_REPLY, values());

        assertThat(outbox.withKeyPrefix("COMPLAINT_REPLY:" + complaintOf(c).getId())).isEmpty();
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.contains("qua bưu điện: Số 5 đường Trần Phú, xã Thử nghiệm"));
        assertThat(docx(f, c, "COMPLAINT_REPLY")).contains("kết án", "Số 5 đường Trần Phú");
    }

    @Test
    void an_admissible_complaint_is_upheld_the_discipline_stays_and_the_complainant_is_notified() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f);
        Complaint complaint = complaintOf(c);
        assertThat(complaint.admissible()).isTrue();

        // the deadline by level: 90 working days from the complaint's receipt (10/3), every step due by it
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2033, 3, 10), 90);
        assertThat(complaint.getDueOn()).isEqualTo(due);
        assertThat(task(c).getDueDate()).isEqualTo(Date.from(VietnamTime.endOfDay(due)));
        assertThat(task(c).getTaskDefinitionKey()).isEqualTo(ComplaintProcess.TASK_APPROVE_DECISION);

        acceptAndVerify(f, c);
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(task(c).getDueDate()).isEqualTo(Date.from(VietnamTime.endOfDay(due)));
        assertThat(documentKinds(c)).containsExactlyInAnyOrder("DECISION", "PLAN");
        assertThat(mail(complaint, "ACCEPTED").getBody()).contains("đã thụ lý", "vẫn phải chấp hành", ComplaintWording.date(due));
        // the discipline stays in force while the complaint is pending
        assertThat(records.get(f.record().getId()).orElseThrow().inForce()).isTrue();

        decide(f, c, "outcome", "UPHOLD");

        assertThat(endOf(c)).isEqualTo("EndEvent_Resolved");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(complaintOf(c).getOutcome()).isEqualTo(ComplaintOutcome.UPHOLD);
        assertThat(records.get(f.record().getId()).orElseThrow().inForce()).isTrue();
        assertThat(documentKinds(c)).contains("COMPLAINT_DECISION");
        assertThat(cases.documents(c.getId())).filteredOn(d -> d.kind().equals("COMPLAINT_DECISION"))
                .extracting(DocumentInfo::number).containsOnly("7-QĐ/UBKTĐU");
        assertThat(docx(f, c, "COMPLAINT_DECISION")).contains("Điều 1. Giữ nguyên hình thức kỷ luật cảnh cáo.",
                "Số 7-QĐ/UBKTĐU");

        dispatcher.drain();
        MimeMessage decision = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).startsWith("[KTGS] Quyết định giải quyết khiếu nại kỷ luật – hồ sơ " + c.getCaseNumber()))
                .findFirst().orElseThrow();
        assertThat(text(decision)).contains("Giữ nguyên hình thức kỷ luật cảnh cáo.", "7-QĐ/UBKTĐU",
                "Thủ tục kỷ luật chưa bảo đảm quyền trình bày");
    }

    @Test
    void a_changed_discipline_is_replaced_on_the_members_record() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f);
        acceptAndVerify(f, c);

        decide(f, c, "outcome", "CHANGE", "newForm", "REPRIMAND");

        DisciplineRecord old = records.get(f.record().getId()).orElseThrow();
        assertThat(old.getStatus()).isEqualTo(DisciplineRecordStatus.CHANGED);
        DisciplineRecord replacement = records.get(old.getReplacedById()).orElseThrow();
        assertThat(replacement.getForm()).isEqualTo(DisciplineForm.REPRIMAND);
        assertThat(replacement.getDecisionNumber()).isEqualTo("7-QĐ/UBKTĐU");
        assertThat(replacement.inForce()).isTrue();
        assertThat(mail(complaintOf(c), "DECISION").getBody()).contains("Thay đổi hình thức kỷ luật cảnh cáo thành khiển trách.");
    }

    @Test
    void an_annulled_expulsion_restores_the_membership() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.EXPULSION);
        assertThat(organizations.memberById(f.memberId()).isMember()).isFalse();
        CaseFile c = register(f);
        acceptAndVerify(f, c);

        decide(f, c, "outcome", "ANNUL");

        assertThat(records.get(f.record().getId()).orElseThrow().getStatus()).isEqualTo(DisciplineRecordStatus.ANNULLED);
        assertThat(organizations.memberById(f.memberId()).isMember()).isTrue();
        assertThat(mail(complaintOf(c), "DECISION").getBody()).contains("Xóa bỏ quyết định kỷ luật khai trừ.");
    }

    @Test
    void the_standing_members_may_still_refuse_a_complaint_with_their_reason_in_the_reply() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.REPRIMAND);
        CaseFile c = register(f);

        driver.complete(f.committee().chair(), c.getId(), ComplaintProcess.TASK_APPROVE_DECISION,
                values("decision", "REJECT", "reason", "Đơn đã được Đảng ủy cấp trên thụ lý từ ngày 5/3/2033."));

        assertThat(endOf(c)).isEqualTo("EndEvent_NotAccepted");
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(documentKinds(c)).containsExactly("COMPLAINT_REPLY");
        assertThat(mail(complaintOf(c), "REPLY").getBody()).contains("Đơn đã được Đảng ủy cấp trên thụ lý từ ngày 5/3/2033.");
    }

    @Test
    void a_decision_without_a_majority_of_all_members_or_with_the_same_form_is_refused_and_changes_nothing() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f);
        acceptAndVerify(f, c);

        assertThatThrownBy(() -> decide(f, c, "outcome", "ANNUL", "votesFor", 2, "votesAgainst", 2, "votesAbstain", 1))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.field().equals("votesFor") && err.code().equals("complaintNoMajority")));
        assertThatThrownBy(() -> decide(f, c, "outcome", "CHANGE", "newForm", "WARNING"))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.field().equals("newForm") && err.code().equals("complaintSameForm")));

        assertThat(records.get(f.record().getId()).orElseThrow().inForce()).isTrue();
        assertThat(complaintOf(c).getStatus()).isEqualTo(ComplaintStatus.OPEN);
        driver.openTask(c.getId(), ComplaintProcess.TASK_DECIDE);
    }

    @Test
    void a_complaint_about_a_decision_from_a_discipline_case_is_linked_to_that_case() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile disciplineCase = cases.open(new CaseFile("discipline-review", "Xem xét kỷ luật", "Vi phạm tư cách đảng viên.",
                f.committee().orgId(), f.committee().path(), null, f.memberId(), "Đảng viên", f.committee().path(), null, null,
                "test", ClockUtil.getCurrentTime().toInstant()), "KL");
        DisciplineRecord fromCase = records.imposeOnMember(f.memberId(), DisciplineForm.REPRIMAND, "LK" + f.record().getDecisionNumber(),
                f.committee().cellIds().get(0), ComplaintFixture.DECIDED, ComplaintFixture.DECIDED, disciplineCase.getId(), "test");

        CaseFile c = register(f, "decisionNumber", fromCase.getDecisionNumber());

        assertThat(links.of(c.getId())).anyMatch(r -> r.other().getId().equals(disciplineCase.getId())
                && r.kind() == CaseLinkKind.DISCIPLINE_TO_COMPLAINT && !r.outgoing());
    }

    @Test
    void a_step_left_past_the_complaints_deadline_reminds_the_standing_members() {
        ComplaintFixture f = ComplaintFixture.create(jdbc, records, DisciplineForm.WARNING);
        CaseFile c = register(f);
        String taskId = task(c).getId();

        CaseDriver.clockAt(complaintOf(c).getDueOn().plusDays(1).atTime(8, 0));
        driver.runReminderSweep();

        assertThat(outbox.aboutTask(taskId)).filteredOn(m -> m.getSubject().startsWith("[KTGS] Quá hạn"))
                .extracting(OutboxMail::getRecipient).contains(f.committee().chair() + "@test.example");
    }

    @Test
    void a_central_committee_has_twice_the_time() {
        LocalDate received = LocalDate.of(2033, 3, 10);
        assertThat(deadlines.resolutionDue(vn.ktgs.organization.OrgLevel.CENTRAL, received).orElseThrow())
                .isEqualTo(Date.from(VietnamTime.endOfDay(calendar.addWorkingDays(received, 180))));
        assertThat(deadlines.resolutionDue(vn.ktgs.organization.OrgLevel.PROVINCE, received).orElseThrow())
                .isEqualTo(Date.from(VietnamTime.endOfDay(calendar.addWorkingDays(received, 90))));
    }

    private String docx(ComplaintFixture f, CaseFile c, String kind) {
        DocumentInfo d = cases.documents(c.getId()).stream().filter(i -> i.kind().equals(kind) && i.fileName().endsWith(".docx"))
                .findFirst().orElseThrow();
        return vn.ktgs.document.GeneratedFiles.docxText(cases.documentContent(driver.user(f.committee().chair()), d.id()));
    }

    private static String text(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(MimeMessage m) {
        try {
            return m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
