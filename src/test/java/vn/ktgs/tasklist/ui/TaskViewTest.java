package vn.ktgs.tasklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Option;
import vn.ktgs.organization.CommitteePeople;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxItem;

/** The inbox and the generic task form, as the chair uses them. */
class TaskViewTest extends KaribuTest {

    @Test
    void the_chair_sees_the_proposal_in_the_inbox_with_case_number_subject_and_step() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B06");
        login("chunhiem");
        UI.getCurrent().navigate("inbox");

        @SuppressWarnings("unchecked")
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        List<InboxItem> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.caseNumber()).isEqualTo(c.getCaseNumber());
            assertThat(row.subjectName()).isEqualTo(c.getSubjectName()).startsWith("Đảng bộ");
            assertThat(row.taskName()).isEqualTo("Duyệt đề xuất kiểm tra");
            assertThat(row.overdue()).isFalse();
            assertThat(row.workingDaysLeft()).isEqualTo(5);
            assertThat(row.dueRule()).startsWith("5 ngày làm việc");
        });
        // sorted by due date, the soonest first
        assertThat(rows).extracting(InboxItem::dueAt).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
    }

    @Test
    void a_rejection_without_a_reason_is_refused_with_a_translated_message_and_the_input_is_kept() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B07");
        login("chunhiem");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();
        UI.getCurrent().navigate(TaskView.class, taskId);
        assertThat(_get(H2.class).getText()).isEqualTo("Duyệt đề xuất kiểm tra");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-decision"));
        decision.setValue(decision.getListDataView().getItems().filter(o -> o.value().equals("REJECT")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("complete")));

        TextArea reason = _get(TextArea.class, spec -> spec.withId("field-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        assertThat(decision.getValue().value()).isEqualTo("REJECT");
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE)).isNotNull();

        reason.setValue("Chưa đủ căn cứ.");
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(driver.openTasks(c.getId())).isEmpty();
    }

    /** What is typed is kept per user until the task is completed: leaving the page (or the browser) loses nothing. */
    @Test
    void what_is_typed_is_kept_as_the_users_draft_until_the_task_is_completed() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B31");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();
        login("chunhiem");
        UI.getCurrent().navigate(TaskView.class, taskId);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-reason")), "Cần bổ sung căn cứ về dấu hiệu vi phạm.");
        assertThat(_get(Span.class, spec -> spec.withId("draft-status")).getText()).startsWith("Đã lưu nháp lúc");

        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate(TaskView.class, taskId);
        assertThat(_get(TextArea.class, spec -> spec.withId("field-reason")).getValue()).isEqualTo("Cần bổ sung căn cứ về dấu hiệu vi phạm.");
        assertThat(_get(Span.class, spec -> spec.withId("draft-status")).getText()).startsWith("Đã khôi phục bản nháp lưu lúc");

        login("phochunhiem"); // a draft is its author's only (a new page: the view holds its user)
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate(TaskView.class, taskId);
        assertThat(_get(TextArea.class, spec -> spec.withId("field-reason")).getValue()).isEmpty();

        login("chunhiem");
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate(TaskView.class, taskId);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-decision"));
        _setValue(decision, decision.getListDataView().getItems().filter(o -> o.value().equals("REJECT")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(driver.openTasks(c.getId())).isEmpty();
        assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from task_draft where task_id = ?", Integer.class, taskId))
                .as("the completed task keeps no draft").isZero();
    }

    /** Verification needs the plan, the outline and the subject's report: they are beside the form, not on another page. */
    @Test
    void the_verification_step_shows_what_the_plan_and_the_report_recorded_beside_the_form() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B32");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        LocalDate due = CaseDriver.today().plusDays(20);
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, CaseDriver.values(
                "plan", "Làm việc tại trụ sở đảng ủy.\nNghe báo cáo, xem xét hồ sơ tài chính.", "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"),
                "reportDueDate", due, "outline", "1. Tình hình thực hiện quy chế chi tiêu.\n2. Tự nhận khuyết điểm."));
        driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, CaseDriver.values(
                "summary", "Đảng ủy đã rà soát các khoản chi và nhận khuyết điểm.", "onBehalf", true,
                "document", new UploadedFile("giai-trinh.pdf", "application/pdf", "%PDF-1.4".getBytes())));

        login("kiemtra1");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getTaskId());
        VerticalLayout context = _get(VerticalLayout.class, spec -> spec.withId("task-context"));
        List<String> texts = _find(context, Div.class).stream().map(Div::getText).toList();
        assertThat(texts).contains("Kế hoạch kiểm tra: Làm việc tại trụ sở đảng ủy.\nNghe báo cáo, xem xét hồ sơ tài chính.",
                "Đề cương gợi ý báo cáo giải trình: 1. Tình hình thực hiện quy chế chi tiêu.\n2. Tự nhận khuyết điểm.",
                "Hạn nộp báo cáo giải trình: " + Formats.date(due),
                "Tóm tắt báo cáo giải trình: Đảng ủy đã rà soát các khoản chi và nhận khuyết điểm.");
        // the newest step first, open, with who did it; the report's file opens in one click
        List<Details> steps = _find(context, Details.class);
        assertThat(steps.get(0).getSummaryText()).contains("Báo cáo giải trình của đối tượng").isNotNull();
        assertThat(steps.get(0).isOpened()).isTrue();
        assertThat(steps).anySatisfy(d -> assertThat(d.getSummaryText()).contains("Lập kế hoạch", "Phạm Đức Đoàn"));
        assertThat(_find(context, Anchor.class)).extracting(Anchor::getText).contains("giai-trinh.pdf");
    }

    /**
     * A subject's contact works its own step without seeing the committee's case: beside the form only what the
     * committee addressed to the subject (the plan, the outline, the due date), not who did what or the case's documents.
     */
    @Test
    void the_subjects_contact_sees_what_was_addressed_to_the_subject_beside_the_form_and_no_more() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B01"); // lienhe is its contact
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE",
                "reason", "Làm rõ khoản chi hội nghị."));
        LocalDate due = CaseDriver.today().plusDays(20);
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, CaseDriver.values("plan", "Làm việc tại trụ sở.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", due, "outline", "1. Các khoản chi hội nghị năm 2025."));
        login("lienhe");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId());
        assertThat(_get(H2.class).getText()).isEqualTo("Báo cáo giải trình của đối tượng");
        VerticalLayout context = _get(VerticalLayout.class, spec -> spec.withId("task-context"));
        List<String> texts = _find(context, Div.class).stream().map(Div::getText).toList();
        assertThat(texts).contains("Kế hoạch kiểm tra: Làm việc tại trụ sở.", "Đề cương gợi ý báo cáo giải trình: 1. Các khoản chi hội nghị năm 2025.",
                "Hạn nộp báo cáo giải trình: " + Formats.date(due));
        assertThat(String.join(" ", texts)).doesNotContain("Làm rõ khoản chi hội nghị.", "Duyệt đề xuất");
        assertThat(_find(context, Details.class)).extracting(Details::getSummaryText).noneMatch(t -> t.contains("Duyệt đề xuất"))
                .allSatisfy(t -> assertThat(t).doesNotContain("Phạm Đức Đoàn"));
        _assertNone(Div.class, spec -> spec.withId("task-context-documents"));
        // the documents sent to the subject, to open or download; not the committee's other papers
        Div sent = _get(Div.class, spec -> spec.withId("task-context-subject-documents"));
        assertThat(_find(sent, Anchor.class)).extracting(Anchor::getText).contains("quyet-dinh-" + c.getCaseNumber() + ".pdf",
                "ke-hoach-" + c.getCaseNumber() + ".pdf", "de-cuong-bao-cao-" + c.getCaseNumber() + ".pdf");
        // the case's number, without a link to a page the contact may not open
        _assertNone(Anchor.class, spec -> spec.withId("case-link"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("case-number")).getText()).isEqualTo(c.getCaseNumber());
    }

    /** The team is chosen from the committee's people, starting from the team proposed, and printed by full names. */
    @Test
    void the_plan_picks_its_team_from_the_committees_people_starting_from_the_proposal() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B34"); // proposed: kiemtra1, kiemtra2
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        KtgsUser lead = login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId());

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Option> team = _get(MultiSelectComboBox.class, spec -> spec.withId("field-team"));
        assertThat(team.getValue()).extracting(Option::label).containsExactlyInAnyOrder("Nguyễn Văn Kiểm (kiemtra1)", "Trần Thị Tra (kiemtra2)");
        // the committee's working people, found without tone marks; not another committee's, not a subject's contact
        CommitteePeople people = context.getBean(CommitteePeople.class);
        assertThat(people.options(CommitteePeople.COMMITTEE_PEOPLE, lead, "doan", 0, 20)).extracting(Option::value).containsExactly("truongdoan");
        assertThat(people.options(CommitteePeople.COMMITTEE_PEOPLE, lead, "", 0, 50)).extracting(Option::value)
                .contains("kiemtra1", "chunhiem", "phochunhiem").doesNotContain("xa.kiemtra", "lienhe", "admin");

        @SuppressWarnings("unchecked")
        ComboBox<Option> leadBox = _get(ComboBox.class, spec -> spec.withId("field-teamLead"));
        _setValue(leadBox, new Option("Phạm Đức Đoàn (truongdoan)", "truongdoan"));
        _setValue(_get(TextArea.class, spec -> spec.withId("field-plan")), "Làm việc tại đơn vị.");
        _setValue(_get(DatePicker.class, spec -> spec.withId("field-reportDueDate")), CaseDriver.today().plusDays(20));
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(context.getBean(CaseService.class).get(c.getId()).getTeam())
                .isEqualTo("Phạm Đức Đoàn (trưởng đoàn), Nguyễn Văn Kiểm, Trần Thị Tra");
    }

    @Test
    void the_plan_steps_documents_are_previewed_from_what_is_typed_before_the_step_is_done() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B43");
        login("chunhiem");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId());
        // the approval drafts nothing (the decision waits for its team): no preview is offered
        assertThat(_find(Button.class, spec -> spec.withId("preview-documents"))).isEmpty();
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));

        login("truongdoan");
        UI.getCurrent().navigate("inbox"); // a new page for the new user
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId());
        _click(_get(Button.class, spec -> spec.withId("preview-documents")));
        // not valid yet: said, and nothing opens
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(com.github.mvysny.kaributools.NotificationsKt.getText(n)).startsWith("Chưa xem trước được văn bản"));
        assertThat(_find(Dialog.class, spec -> spec.withId("document-preview-dialog"))).isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withId("field-plan")), "Làm việc tại đơn vị.");
        _setValue(_get(DatePicker.class, spec -> spec.withId("field-reportDueDate")), CaseDriver.today().plusDays(20));
        @SuppressWarnings("unchecked")
        ComboBox<Option> leadBox = _get(ComboBox.class, spec -> spec.withId("field-teamLead"));
        _setValue(leadBox, new Option("Phạm Đức Đoàn (truongdoan)", "truongdoan"));
        _click(_get(Button.class, spec -> spec.withId("preview-documents")));
        assertThat(_get(Anchor.class, spec -> spec.withId("preview-DECISION")).getText()).matches("Quyết định kiểm tra \\d+-QĐ/UBKTTU \\(PDF\\)");
        assertThat(_get(Anchor.class, spec -> spec.withId("preview-PLAN")).getText()).startsWith("Kế hoạch kiểm tra");
        // what was typed stays, the step is still to do
        assertThat(_get(TextArea.class, spec -> spec.withId("field-plan")).getValue()).isEqualTo("Làm việc tại đơn vị.");
        assertThat(context.getBean(CaseService.class).documents(c.getId())).isEmpty();
    }

    /** Someone outside the committee is refused by name, beside the field. */
    @Test
    void a_member_from_another_committee_is_refused_by_name() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B35");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        assertThatThrownBy(() -> driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, CaseDriver.values(
                "plan", "Kế hoạch.", "teamLead", "truongdoan", "team", List.of("xa.kiemtra"), "reportDueDate", CaseDriver.today().plusDays(9))))
                .isInstanceOfSatisfying(FormValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("team");
                    assertThat(err.code()).isEqualTo("teamNotInCommittee");
                    assertThat(err.args()).containsExactly("Võ Văn Xã");
                }));
    }

    @Test
    void a_candidate_claims_and_unclaims_a_task() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B08");
        login("phochunhiem");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();
        UI.getCurrent().navigate(TaskView.class, taskId);
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getAssignee()).isEqualTo("phochunhiem");
        assertThat(_get(Button.class, spec -> spec.withId("claim")).getText()).isEqualTo("Trả lại việc");
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getAssignee()).isNull();
    }

    @Test
    void a_claim_then_a_complete_completes_the_step_once_and_says_so() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B10");
        login("phochunhiem");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();
        UI.getCurrent().navigate(TaskView.class, taskId);
        // the claim navigates to the same page again: the same view instance gets a second setParameter
        _click(_get(Button.class, spec -> spec.withId("claim")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Option> decision = _get(RadioButtonGroup.class, spec -> spec.withId("field-decision"));
        decision.setValue(decision.getListDataView().getItems().filter(o -> o.value().equals("APPROVE")).findFirst().orElseThrow());
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("complete")));

        // one completion, one success message, no "someone else took it" from a second listener; it says what comes next
        assertThat(NotificationsKt.getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .singleElement().asString()
                .startsWith("Đã hoàn thành công việc. Tiếp theo: Lập kế hoạch, đoàn kiểm tra (chưa có người nhận, hạn ");
        assertThat(driver.timeline(c.getId())).filteredOn(e -> InspectionProcess.TASK_APPROVE.equals(e.getStepKey())).hasSize(1);
        assertThat(driver.openTasks(c.getId())).extracting(t -> t.getTaskKey()).containsExactly(InspectionProcess.TASK_SET_PLAN);
    }

    @Test
    void the_case_opens_beside_the_task_and_a_step_given_to_one_person_cannot_be_handed_back() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B11");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, vn.ktgs.support.CaseDriver.values("decision", "APPROVE"));
        String planTask = driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId();
        login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, planTask);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("case-link")).getTarget())
                .contains(com.vaadin.flow.component.html.AnchorTarget.BLANK.getValue());
        _click(_get(Button.class, spec -> spec.withId("claim")));
        // claimed from the team leads' group: it can go back to the group
        assertThat(_get(Button.class, spec -> spec.withId("claim")).isVisible()).isTrue();

        // as the inbox holds a step the model gives to one person (a denunciation's steps after the plan: camunda:assignee,
        // no candidate group): assigned, offered to no group
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("delete from inbox_task_group where task_id = ?", planTask);
        UI.getCurrent().navigate(TaskView.class, planTask);
        _assertNone(Button.class, spec -> spec.withId("claim"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getBean(vn.ktgs.tasklist.TaskWorkService.class)
                .unclaim(driver.user("truongdoan"), planTask)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getAssignee()).isEqualTo("truongdoan");
    }

    @Test
    void someone_outside_the_candidate_groups_cannot_open_the_task() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B09");
        login("xa.chunhiem");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId());
        assertThat(_get(H2.class).getText()).isEqualTo("Công việc này không còn hoặc không thuộc quyền của đồng chí.");
        _assertNone(Button.class, spec -> spec.withId("complete"));
    }

    @Test
    void the_notice_form_marks_an_empty_requirement_row_then_issues_the_notice() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B15");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, vn.ktgs.support.CaseDriver.values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, vn.ktgs.support.CaseDriver.values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", vn.ktgs.support.CaseDriver.today().plusDays(7)));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, vn.ktgs.support.CaseDriver.values("summary", "Báo cáo.",
                "document", new vn.ktgs.casefile.UploadedFile("a.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, vn.ktgs.support.CaseDriver.values("verification", "Xong."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_RESULT_REPORT, vn.ktgs.support.CaseDriver.values("resultReport", "Xong."));
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, vn.ktgs.support.CaseDriver.values("conclusion", "SHORTCOMINGS",
                "memberCount", 9, "votesFor", 9, "votesAgainst", 0, "votesAbstain", 0));
        login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_NOTICE).getTaskId());

        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("field-noticeNumber")).setValue("7-TB/UBKTTU");
        _click(_get(Button.class, spec -> spec.withId("complete")));
        TextArea content = _get(TextArea.class, spec -> spec.withId("field-requirements-0-content"));
        assertThat(content.isInvalid()).isTrue();
        assertThat(content.getErrorMessage()).isEqualTo("Bắt buộc nhập.");

        content.setValue("Thu hồi khoản chi sai");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("field-requirements-0-owner")).setValue("Đảng ủy Sở");
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("field-requirements-0-dueDate"))
                .setValue(vn.ktgs.support.CaseDriver.today().plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("complete")));
        // a notice cannot be taken back: the dialog shows what will be issued; going back keeps the form
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        String preview = _find(dialog, Div.class).stream().map(Div::getText).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(preview).contains("Số thông báo kết luận: 7-TB/UBKTTU", "Nội dung yêu cầu: Thu hồi khoản chi sai",
                "Tổ chức, cá nhân thực hiện", "Đảng ủy Sở");
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Hoàn thành “Ban hành thông báo kết luận”?");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(driver.openTasks(c.getId())).extracting(t -> t.getTaskKey()).containsExactly("Task_IssueConclusionNotice");
        assertThat(_get(Button.class, spec -> spec.withId("complete")).isEnabled()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("complete")));
        confirmStep();
        // the follow-up starts with the subject's remediation plan
        assertThat(driver.openTasks(c.getId())).extracting(t -> t.getTaskKey()).containsExactly("Task_SubmitPlan");
    }
}
