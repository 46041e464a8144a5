package vn.ktgs.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.inspection.FollowupInspections;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.reminder.MailOutbox;
import vn.ktgs.reminder.OutboxMail;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxFilter;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;

/**
 * bpmn/remediation/remediation-followup.bpmn, every path: the plan accepted or returned, progress and completion
 * reports accepted or returned, evidence required, overdue reminders, a follow-up inspection, and the notice
 * ending on time, late or staying open.
 */
@IntegrationTest
class RemediationFollowupProcessTest {

    static final UploadedFile EVIDENCE = new UploadedFile("giay-nop-tien.pdf", "application/pdf", new byte[] {37, 80, 68, 70});

    @Autowired CaseDriver driver;
    @Autowired RemediationService remediation;
    @Autowired FollowupInspections followups;
    @Autowired vn.ktgs.casefile.CaseLinks links;
    @Autowired MailOutbox outbox;
    @Autowired CaseService cases;
    @Autowired InboxService inbox;
    @Autowired OrganizationService organizations;
    @Autowired RuntimeService runtime;
    @Autowired vn.ktgs.tasklist.TaskWorkService work;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** An inspection up to its conclusion notice, issued on Mon 2/2/2026 with the given requirement rows. */
    private CaseFile caseWithNotice(String subject, Map<String, Object> notice) {
        CaseFile c = concluded(subject);
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_NOTICE, notice);
        return c;
    }

    /** An inspection concluded on Mon 2/2/2026, waiting for its notice. */
    private CaseFile concluded(String subject) {
        return NoticeCases.concluded(driver, subject);
    }

    private CaseFile caseWithNotice(String subject, LocalDate requirementDue) {
        return caseWithNotice(subject, values("noticeNumber", "3-TB/UBKTTU",
                "requirements", List.of(values("content", "Khắc phục khuyết điểm", "owner", "Đảng ủy", "dueDate", requirementDue))));
    }

    /** The subject's plan, accepted at once. */
    private void planAccepted(CaseFile c) {
        NoticeCases.planAccepted(driver, c);
    }

    private ConclusionNotice notice(CaseFile c) {
        return remediation.noticesOf(c.getId()).get(0);
    }

    private List<OutboxMail> returnMails(InboxTask decision) {
        return outbox.withKeyPrefix("REMEDIATION_RETURNED:" + decision.getTaskId() + ":");
    }

    @Test
    void a_requirement_done_after_its_due_date_makes_the_notice_remediated_late() {
        CaseFile c = caseWithNotice("KCQ-B12", LocalDate.of(2026, 3, 31));
        planAccepted(c);
        InboxTask report = driver.openTask(c.getId(), "Task_ReportRemediation");
        assertThat(report.getCandidateGroups()).containsExactlyInAnyOrder("CONTACT:KCQ-B12", "INSPECTOR:T01");

        // overdue on Thu 2/4: the subject's side and the inspectors are reminded
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 2, 8, 0));
        driver.runReminderSweep();
        assertThat(outbox.aboutTask(report.getTaskId())).extracting(m -> m.getRecipientUser())
                .contains("kiemtra1", "kiemtra2", "truongdoan");

        driver.complete("kiemtra2", c.getId(), "Task_ReportRemediation", values("reportKind", "COMPLETION", "report", "Đã khắc phục."));
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));

        ConclusionNotice notice = notice(c);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.REMEDIATED_LATE);
        assertThat(notice.getRequirements().get(0).getStatus()).isEqualTo(RequirementStatus.DONE);
    }

    @Test
    void returning_a_report_needs_a_comment_and_asks_for_a_new_report() {
        CaseFile c = caseWithNotice("KCQ-B13", LocalDate.of(2026, 3, 31));
        planAccepted(c);
        String first = driver.openTask(c.getId(), "Task_ReportRemediation").getTaskId();
        assertThat(work.startValues(driver.user("kiemtra2"), first)).as("a first report starts empty").isEmpty();
        driver.complete("kiemtra2", c.getId(), "Task_ReportRemediation", values("reportKind", "COMPLETION", "report", "Đang khắc phục."));
        assertThatThrownBy(() ->
                driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "RETURN")))
                .isInstanceOf(FormValidationException.class);
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "RETURN", "comment", "Chưa đủ."));
        String again = driver.openTask(c.getId(), "Task_ReportRemediation").getTaskId();
        assertThat(work.startValues(driver.user("kiemtra2"), again)).containsEntry("reportKind", "COMPLETION")
                .containsEntry("report", "Đang khắc phục.");
        assertThat(notice(c).getRequirements().get(0).getStatus()).isEqualTo(RequirementStatus.RETURNED);
        assertThat(notice(c).getStatus()).isEqualTo(NoticeStatus.OPEN);
    }

    @Test
    void a_report_on_the_due_date_is_on_time_even_when_the_inspector_confirms_later() {
        CaseFile c = caseWithNotice("KCQ-B16", LocalDate.of(2026, 3, 31));
        planAccepted(c);
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 31, 16, 0));
        driver.complete("kiemtra2", c.getId(), "Task_ReportRemediation", values("reportKind", "COMPLETION",
                "report", "Đã khắc phục, kèm chứng từ."));
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 3, 10, 0));
        driver.complete("kiemtra1", c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));
        assertThat(notice(c).getStatus()).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME);
    }

    @Test
    void the_contact_submits_the_plan_from_the_inbox_a_returned_plan_comes_back_with_the_reason_by_mail() {
        CaseFile c = caseWithNotice("KCQ-B01", LocalDate.of(2026, 4, 30));
        InboxTask plan = driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN);
        assertThat(plan.getCandidateGroups()).containsExactlyInAnyOrder("CONTACT:KCQ-B01", "INSPECTOR:T01");
        // the notice set no plan date: the rule table's 15 working days (Tết 16–20/2 not counted)
        assertThat(VietnamTime.localDate(plan.getDueAt())).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(inbox.inbox(driver.user("lienhe"), 0, 500)).anyMatch(i -> i.taskId().equals(plan.getTaskId()));
        assertThat(driver.openTasks(c.getId())).noneMatch(t -> t.getTaskKey().equals(RemediationProcess.TASK_REPORT));

        driver.complete("lienhe", c.getId(), RemediationProcess.TASK_SUBMIT_PLAN, values("plan", "Kế hoạch sơ bộ.",
                "document", new UploadedFile("ke-hoach.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        assertThat(notice(c).getPlanStatus()).isEqualTo(PlanStatus.SUBMITTED);
        InboxTask review = driver.openTask(c.getId(), RemediationProcess.TASK_REVIEW_PLAN);
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_REVIEW_PLAN, values("decision", "RETURN",
                "comment", "Chưa nêu người chịu trách nhiệm từng việc."));

        assertThat(notice(c).getPlanStatus()).isEqualTo(PlanStatus.RETURNED);
        // the returned plan comes back as it was sent, to be corrected rather than typed again
        String again = driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN).getTaskId();
        assertThat(work.startValues(driver.user("lienhe"), again)).containsExactly(java.util.Map.entry("plan", "Kế hoạch sơ bộ."));
        List<OutboxMail> mails = returnMails(review);
        assertThat(mails).extracting(OutboxMail::getRecipientUser).containsExactly("lienhe");
        assertThat(mails.get(0).getSubject()).isEqualTo("[KTGS] Trả lại: kế hoạch khắc phục – thông báo 3-TB/UBKTTU");
        assertThat(mails.get(0).getBody()).contains("Chưa nêu người chịu trách nhiệm từng việc.", c.getCaseNumber());
        assertThat(cases.timeline(c.getId())).extracting(e -> e.getSummary())
                .contains("Trả lại kế hoạch khắc phục thông báo số 3-TB/UBKTTU: Chưa nêu người chịu trách nhiệm từng việc.");

        driver.complete("lienhe", c.getId(), RemediationProcess.TASK_SUBMIT_PLAN, values("plan", "Kế hoạch đầy đủ."));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_REVIEW_PLAN, values("decision", "ACCEPT"));
        assertThat(notice(c).getPlanStatus()).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(driver.openTask(c.getId(), RemediationProcess.TASK_REPORT)).isNotNull();
        assertThat(remediation.history(notice(c).getId())).extracting(RemediationReport::getKind, RemediationReport::getDecision,
                RemediationReport::getEvidenceName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReportKind.PLAN, RemediationReport.Decision.RETURNED, "ke-hoach.pdf"),
                org.assertj.core.groups.Tuple.tuple(ReportKind.PLAN, RemediationReport.Decision.ACCEPTED, null));
    }

    @Test
    void a_plan_date_set_by_the_notice_is_the_plan_tasks_due_date() {
        CaseFile c = caseWithNotice("KCQ-B40", values("noticeNumber", "4-TB/UBKTTU", "planDueDate", LocalDate.of(2026, 2, 13),
                "requirements", List.of(values("content", "Khắc phục", "owner", "Đảng ủy", "dueDate", LocalDate.of(2026, 4, 30)))));
        assertThat(VietnamTime.localDate(driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN).getDueAt()))
                .isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(notice(c).getPlanDueDate()).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void the_plan_is_due_no_later_than_the_earliest_requirement_and_a_later_plan_date_is_refused() {
        // notice on Mon 2/2/2026: the rule would give the plan 15 working days, but a requirement is due Fri 6/2
        CaseFile c = caseWithNotice("KCQ-B43", LocalDate.of(2026, 2, 6));
        assertThat(VietnamTime.localDate(driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN).getDueAt()))
                .isEqualTo(LocalDate.of(2026, 2, 6));

        CaseFile d = concluded("KCQ-B44");
        assertThatThrownBy(() -> driver.complete("truongdoan", d.getId(), InspectionProcess.TASK_NOTICE, values("noticeNumber",
                "5-TB/UBKTTU", "planDueDate", LocalDate.of(2026, 3, 2), "requirements", List.of(values("content", "Khắc phục",
                        "owner", "Đảng ủy", "dueDate", LocalDate.of(2026, 2, 27))))))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("planDueDate", "planAfterRequirement")));
        assertThat(remediation.noticesOf(d.getId())).isEmpty();
    }

    @Test
    void progress_reports_keep_the_requirement_open_a_returned_completion_mails_the_contact_the_accepted_one_closes_it() {
        CaseFile c = caseWithNotice("KCQ-B01", values("noticeNumber", "5-TB/UBKTTU", "requirements", List.of(
                values("content", "Thu hồi kinh phí chi sai", "owner", "Đảng ủy", "dueDate", LocalDate.of(2026, 4, 30),
                        "evidenceRequired", true))));
        planAccepted(c);
        InboxTask report = driver.openTask(c.getId(), RemediationProcess.TASK_REPORT);
        // each requirement task is due on the requirement's own date (so the reminder sweep sees it)
        assertThat(VietnamTime.localDate(report.getDueAt())).isEqualTo(LocalDate.of(2026, 4, 30));

        driver.complete("lienhe", c.getId(), RemediationProcess.TASK_REPORT, values("reportKind", "PROGRESS",
                "report", "Đã thu hồi 60%."));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_CONFIRM, values("decision", "DONE"));
        assertThat(notice(c).getRequirements().get(0).getStatus()).isEqualTo(RequirementStatus.IN_PROGRESS);
        assertThat(driver.openTask(c.getId(), RemediationProcess.TASK_REPORT)).isNotNull();

        // a completion report without the evidence the notice asks for is refused; nothing is recorded
        int before = remediation.history(notice(c).getId()).size();
        assertThatThrownBy(() -> driver.complete("lienhe", c.getId(), RemediationProcess.TASK_REPORT,
                values("reportKind", "COMPLETION", "report", "Đã thu hồi đủ.")))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("evidence", "evidenceRequired")));
        assertThat(remediation.history(notice(c).getId())).hasSize(before);
        assertThat(driver.openTask(c.getId(), RemediationProcess.TASK_REPORT)).isNotNull();

        driver.complete("lienhe", c.getId(), RemediationProcess.TASK_REPORT, values("reportKind", "COMPLETION",
                "report", "Đã thu hồi đủ.", "evidence", RemediationFollowupProcessTest.EVIDENCE));
        InboxTask confirm = driver.openTask(c.getId(), RemediationProcess.TASK_CONFIRM);
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_CONFIRM, values("decision", "RETURN",
                "comment", "Giấy nộp tiền chưa có xác nhận của kho bạc."));
        assertThat(returnMails(confirm)).singleElement().satisfies(m -> {
            assertThat(m.getRecipientUser()).isEqualTo("lienhe");
            assertThat(m.getSubject()).isEqualTo("[KTGS] Trả lại: báo cáo hoàn thành yêu cầu số 1 – thông báo 5-TB/UBKTTU");
            assertThat(m.getBody()).contains("Giấy nộp tiền chưa có xác nhận của kho bạc.", "Thu hồi kinh phí chi sai", "30/04/2026");
        });
        assertThat(notice(c).getRequirements().get(0).getStatus()).isEqualTo(RequirementStatus.RETURNED);

        driver.complete("lienhe", c.getId(), RemediationProcess.TASK_REPORT, values("reportKind", "COMPLETION",
                "report", "Bổ sung xác nhận của kho bạc.", "evidence", EVIDENCE));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_CONFIRM, values("decision", "DONE"));

        assertThat(notice(c).getStatus()).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME);
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.history(notice(c).getId())).extracting(RemediationReport::getKind, RemediationReport::getDecision)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReportKind.PLAN, RemediationReport.Decision.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.PROGRESS, RemediationReport.Decision.ACCEPTED),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.COMPLETION, RemediationReport.Decision.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(ReportKind.COMPLETION, RemediationReport.Decision.ACCEPTED));
        assertThat(remediation.history(notice(c).getId()).get(0).isOnBehalf()).isTrue();
        assertThat(cases.documents(driver.user("chunhiem"), c.getId())).extracting(d -> d.fileName()).contains("giay-nop-tien.pdf");
    }

    @Test
    void a_notice_stays_open_while_one_requirement_is_not_done() {
        CaseFile c = caseWithNotice("KCQ-B41", values("noticeNumber", "6-TB/UBKTTU", "requirements", List.of(
                values("content", "Việc một", "owner", "Đảng ủy", "dueDate", LocalDate.of(2026, 3, 31)),
                values("content", "Việc hai", "owner", "Chi bộ", "dueDate", LocalDate.of(2026, 4, 30)))));
        planAccepted(c);
        List<InboxTask> reports = driver.openTasks(c.getId());
        assertThat(reports).hasSize(2).allMatch(t -> t.getTaskKey().equals(RemediationProcess.TASK_REPORT));
        // the two report tasks of one case say which requirement each is about, and the inbox's search tells them apart
        assertThat(reports).extracting(InboxTask::getDetail).containsExactlyInAnyOrder("(1) Việc một", "(2) Việc hai");
        assertThat(inbox.inbox(driver.user("kiemtra2"), InboxFilter.everything().withSearch(c.getCaseNumber() + " viec hai"), 0, 10))
                .singleElement().satisfies(i -> assertThat(i.detail()).isEqualTo("(2) Việc hai"));
        driver.complete("kiemtra2", c.getId(), RemediationProcess.TASK_REPORT, values("reportKind", "COMPLETION", "report", "Xong."));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_CONFIRM, values("decision", "DONE"));

        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        ConclusionNotice notice = notice(c);
        assertThat(notice.getStatus()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notice.getRequirements()).extracting(RemediationRequirement::getStatus)
                .containsExactlyInAnyOrder(RequirementStatus.DONE, RequirementStatus.OPEN);
        assertThat(RemediationService.outcome(notice)).isEqualTo(NoticeStatus.OPEN);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RemediationProcess.KEY)
                .variableValueEquals(RemediationProcess.NOTICE_ID, notice.getId()).count()).isEqualTo(1);
    }

    @Test
    void a_due_date_before_the_notice_date_an_owner_outside_the_subject_or_two_owners_are_refused_and_nothing_is_saved() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 2, 9, 0));
        long caseId = driver.proposeOrgInspection("kiemtra1", "KCQ-B42").getId();
        String inside = "KCQ-B42-C01";
        long member = organizations.searchMembers(organizations.byCode(inside).getPath(), "", 0, 1).get(0).getId();
        // called as another process would: the service refuses, with the field of the notice form
        assertThatThrownBy(() -> remediation.issue(caseId, "7-TB/UBKTTU", ConclusionOutcome.VIOLATION, "Có vi phạm.", 9, 0, 0,
                List.of(new RemediationService.RequirementDraft("Khắc phục", "Đảng ủy", LocalDate.of(2026, 1, 30)),
                        new RemediationService.RequirementDraft("Khắc phục", null, LocalDate.of(2026, 3, 2), "KCQ-B41", null, false),
                        new RemediationService.RequirementDraft("Khắc phục", null, LocalDate.of(2026, 3, 2), inside, member, false)),
                LocalDate.of(2026, 1, 1)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("planDueDate", "dueBeforeNotice"),
                                org.assertj.core.groups.Tuple.tuple("requirements[0].dueDate", "dueBeforeNotice"),
                                org.assertj.core.groups.Tuple.tuple("requirements[1].ownerOrg", "ownerOutsideSubject"),
                                org.assertj.core.groups.Tuple.tuple("requirements[2].ownerMember", "ownerEitherOr")));
        assertThat(remediation.noticesOf(caseId)).isEmpty();

        // owners picked inside the subject: the label is the organisation's or the member's name
        ConclusionNotice notice = remediation.issue(caseId, "8-TB/UBKTTU", ConclusionOutcome.VIOLATION, "Có vi phạm.", 9, 0, 0,
                List.of(new RemediationService.RequirementDraft("Việc một", null, LocalDate.of(2026, 2, 2), inside, null, true),
                        new RemediationService.RequirementDraft("Việc hai", "", LocalDate.of(2026, 3, 2), null, member, false)));
        assertThat(notice.getRequirements()).extracting(RemediationRequirement::getOwnerName)
                .containsExactly(organizations.byCode(inside).getName(), organizations.memberById(member).getFullName());
        assertThat(notice.getRequirements().get(0).getOwnerOrgCode()).isEqualTo(inside);
        assertThat(notice.getRequirements().get(1).getOwnerMemberId()).isEqualTo(member);
    }

    @Test
    void the_notice_form_refuses_a_past_due_date_and_an_owner_outside_the_subject_and_keeps_the_step_open() {
        long id = concluded("KCQ-B43").getId();
        assertThatThrownBy(() -> driver.complete("truongdoan", id, InspectionProcess.TASK_NOTICE, values("noticeNumber", "9-TB/UBKTTU",
                "requirements", List.of(values("content", "Khắc phục", "owner", "Đảng ủy", "dueDate", LocalDate.of(2026, 1, 30))))))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("requirements[0].dueDate"));
        assertThatThrownBy(() -> driver.complete("truongdoan", id, InspectionProcess.TASK_NOTICE, values("noticeNumber", "9-TB/UBKTTU",
                "requirements", List.of(values("content", "Khắc phục", "ownerOrg", "KCQ-B44", "dueDate", LocalDate.of(2026, 3, 2))))))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::code)
                        .containsExactly("ownerOutsideSubject"));
        assertThat(remediation.noticesOf(id)).isEmpty();
        assertThat(driver.openTask(id, InspectionProcess.TASK_NOTICE)).isNotNull();
    }

    @Test
    void a_standing_member_opens_a_follow_up_inspection_of_the_same_subject_linked_to_the_notice() {
        CaseFile c = caseWithNotice("KCQ-B12", LocalDate.of(2026, 3, 31));
        ConclusionNotice notice = notice(c);
        assertThatThrownBy(() -> followups.open(driver.user("kiemtra1"), notice.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(followups.mayOpen(driver.user("chunhiem"), notice)).isTrue();

        CaseFile followup = followups.open(driver.user("chunhiem"), notice.getId());

        assertThat(followup.getProcessKey()).isEqualTo(InspectionProcess.KEY);
        assertThat(followup.getSubjectOrgPath()).isEqualTo(c.getSubjectOrgPath());
        assertThat(followup.getTitle()).isEqualTo("Kiểm tra việc thực hiện Thông báo kết luận số 3-TB/UBKTTU");
        assertThat(driver.openTask(followup.getId(), InspectionProcess.TASK_APPROVE)).isNotNull();
        assertThat(notice(c).getFollowupCaseId()).isEqualTo(followup.getId());
        assertThat(remediation.noticesFollowedUpBy(followup.getId())).extracting(ConclusionNotice::getId).containsExactly(notice.getId());
        assertThat(followups.mayOpen(driver.user("chunhiem"), notice(c))).as("one follow-up per notice").isFalse();
        // a second standing member who read the notice before the first committed: the row refuses the second link
        assertThatThrownBy(() -> remediation.linkFollowup(notice.getId(), c.getId())).isInstanceOf(IllegalStateException.class);
        assertThat(notice(c).getFollowupCaseId()).isEqualTo(followup.getId());
        assertThat(links.visibleTo(driver.user("chunhiem"), c.getId())).singleElement().satisfies(r -> {
            assertThat(r.other().getId()).isEqualTo(followup.getId());
            assertThat(r.kind()).isEqualTo(vn.ktgs.casefile.CaseLinkKind.NOTICE_TO_FOLLOWUP_INSPECTION);
            assertThat(r.outgoing()).isTrue();
        });
        assertThat(links.of(followup.getId())).singleElement().satisfies(r -> assertThat(r.other().getId()).isEqualTo(c.getId()));
        assertThat(cases.timeline(c.getId())).extracting(e -> e.getSummary())
                .contains("Mở cuộc kiểm tra việc thực hiện thông báo số 3-TB/UBKTTU: hồ sơ " + followup.getCaseNumber());
        // the follow-up does not stop the remediation follow-up
        assertThat(driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN)).isNotNull();
    }
}
