package vn.ktgs.remediation;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The notices section of the case page: owners, due dates, states, the plan and report history, the follow-up button. */
class NoticesSectionTest extends KaribuTest {

    @Autowired RemediationService remediation;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_sees_each_requirement_and_the_history_and_opens_the_follow_up_inspection() {
        CaseFile c = NoticeCases.withNotice(driver, "KCQ-B44", "31-TB/UBKTTU", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        long noticeId = remediation.noticesOf(c.getId()).get(0).getId();
        driver.complete("kiemtra2", c.getId(), RemediationProcess.TASK_SUBMIT_PLAN, values("plan", "Kế hoạch sơ bộ.", "onBehalf", true));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_REVIEW_PLAN, values("decision", "RETURN", "comment", "Thiếu thời hạn."));
        driver.complete("kiemtra2", c.getId(), RemediationProcess.TASK_SUBMIT_PLAN, values("plan", "Kế hoạch đủ.", "onBehalf", true));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_REVIEW_PLAN, values("decision", "ACCEPT"));
        long first = remediation.noticesOf(c.getId()).get(0).getRequirements().get(0).getId();
        String firstReport = driver.openTasks(c.getId()).stream()
                .filter(t -> ((Number) ctx(t.getTaskId())).longValue() == first).findFirst().orElseThrow().getTaskId();
        work().complete(driver.user("kiemtra2"), firstReport, values("reportKind", "PROGRESS", "report", "Đã làm một nửa.", "onBehalf", true));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_CONFIRM, values("decision", "DONE"));
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 2, 9, 0));

        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());
        Grid<RemediationRequirement> requirements = _get(Grid.class, spec -> spec.withId("notice-requirements-" + noticeId));
        assertThat(GridKt._getFormattedRow(requirements, 0))
                .containsExactly("1", "Khắc phục trước 2026-03-31", "Đảng ủy", "31/03/2026", "Đang thực hiện · quá hạn");
        assertThat(GridKt._getFormattedRow(requirements, 1))
                .containsExactly("2", "Khắc phục trước 2026-04-30", "Đảng ủy", "30/04/2026", "Chưa báo cáo");
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-plan-" + noticeId)).getText())
                .isEqualTo("Kế hoạch khắc phục: Đã chấp nhận – hạn theo thời hạn quy định");
        Grid<RemediationReport> history = _get(Grid.class, spec -> spec.withId("notice-history-" + noticeId));
        assertThat(GridKt._size(history)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(history, 0)).containsSequence("Kế hoạch", "Kế hoạch sơ bộ.",
                "kiemtra2 (cán bộ kiểm tra nhập thay)", "Trả lại – kiemtra1: Thiếu thời hạn.");
        assertThat(GridKt._getFormattedRow(history, 2)).containsSequence("Tiến độ #1", "Đã làm một nửa.");

        _click(_get(Button.class, spec -> spec.withId("notice-open-followup-" + noticeId)));
        CaseFile followup = remediation.noticesOf(c.getId()).get(0).getFollowupCaseId() == null ? null
                : caseService().get(remediation.noticesOf(c.getId()).get(0).getFollowupCaseId());
        assertThat(followup).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withId("case-heading")).getText()).startsWith(followup.getCaseNumber());
        assertThat(_find(Anchor.class)).extracting(Anchor::getText)
                .contains("Kiểm tra việc thực hiện thông báo kết luận số 31-TB/UBKTTU (hồ sơ " + c.getCaseNumber() + ")");

        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_get(Anchor.class, spec -> spec.withId("notice-followup-" + noticeId)).getText())
                .isEqualTo("Cuộc kiểm tra việc thực hiện kết luận: hồ sơ " + followup.getCaseNumber());
        _assertNone(Button.class, spec -> spec.withId("notice-open-followup-" + noticeId));
    }

    @Test
    void links_between_a_notice_and_its_follow_up_are_shown_only_to_users_who_may_open_the_other_case() {
        CaseFile origin = NoticeCases.withNotice(driver, "KCQ-B39", "36-TB/UBKTTU", LocalDate.of(2026, 3, 31));
        long noticeId = remediation.noticesOf(origin.getId()).get(0).getId();
        CaseFile followup = context.getBean(vn.ktgs.inspection.FollowupInspections.class).open(driver.user("chunhiem"), noticeId);
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        Long commune = jdbc.queryForObject("select id from organization where code = 'X01'", Long.class);
        String communePath = jdbc.queryForObject("select path from organization where code = 'X01'", String.class);
        // the origin case now belongs to the commune: its inspector sees it, but not the province's follow-up
        jdbc.update("update case_file set owner_org_id = ?, owner_org_path = ? where id = ?", commune, communePath, origin.getId());

        login("xa.kiemtra");
        UI.getCurrent().navigate("cases/" + origin.getId());
        _assertOne(Grid.class, spec -> spec.withId("notice-requirements-" + noticeId));
        _assertNone(Anchor.class, spec -> spec.withId("notice-followup-" + noticeId));
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).noneMatch(t -> t.contains(followup.getCaseNumber()));

        // (the province's chair, who sees both, gets the links both ways: the first test)

        // and the other way round: a follow-up of the commune whose origin lies outside its sight
        jdbc.update("update case_file set owner_org_id = (select id from organization where code = 'T01'), "
                + "owner_org_path = (select path from organization where code = 'T01') where id = ?", origin.getId());
        jdbc.update("update case_file set owner_org_id = ?, owner_org_path = ? where id = ?", commune, communePath, followup.getId());
        UI.getCurrent().navigate("cases/" + followup.getId());
        assertThat(_get(H2.class, spec -> spec.withId("case-heading")).getText()).startsWith(followup.getCaseNumber());
        assertThat(_find(Anchor.class)).extracting(Anchor::getText).noneMatch(t -> t.contains(origin.getCaseNumber()));
        // back where it belongs: other tests count the commune's cases (the MySQL suite shares the database)
        jdbc.update("update case_file set owner_org_id = (select id from organization where code = 'T01'), "
                + "owner_org_path = (select path from organization where code = 'T01') where id = ?", followup.getId());
    }

    @Test
    void opening_a_follow_up_the_user_may_no_longer_open_shows_a_message_and_opens_nothing() {
        CaseFile origin = NoticeCases.withNotice(driver, "KCQ-B38", "37-TB/UBKTTU", LocalDate.of(2026, 3, 31));
        long noticeId = remediation.noticesOf(origin.getId()).get(0).getId();
        login("chunhiem");
        UI.getCurrent().navigate("cases/" + origin.getId());
        Button open = _get(Button.class, spec -> spec.withId("notice-open-followup-" + noticeId));
        // meanwhile the case went to the commune's committee, whose standing members alone may follow it up
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("update case_file set owner_org_id = (select id from organization where code = 'X01'), "
                + "owner_org_path = (select path from organization where code = 'X01') where id = ?", origin.getId());
        try {
            _click(open);

            com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                    "Chỉ chủ nhiệm và phó chủ nhiệm ủy ban kiểm tra mở cuộc kiểm tra việc thực hiện kết luận.");
            assertThat(remediation.noticesOf(origin.getId()).get(0).getFollowupCaseId()).isNull();
            assertThat(_get(H2.class, spec -> spec.withId("case-heading")).getText()).startsWith(origin.getCaseNumber());
        } finally {
            jdbc.update("update case_file set owner_org_id = (select id from organization where code = 'T01'), "
                    + "owner_org_path = (select path from organization where code = 'T01') where id = ?", origin.getId());
        }
    }

    @Test
    void an_inspector_sees_the_notice_but_no_follow_up_button() {
        CaseFile c = NoticeCases.withNotice(driver, "KCQ-B43", "32-TB/UBKTTU", LocalDate.of(2026, 3, 31));
        long noticeId = remediation.noticesOf(c.getId()).get(0).getId();
        login("kiemtra1");
        UI.getCurrent().navigate("cases/" + c.getId());
        _assertOne(Grid.class, spec -> spec.withId("notice-requirements-" + noticeId));
        assertThat(_get(Paragraph.class, spec -> spec.withId("notice-plan-" + noticeId)).getText())
                .isEqualTo("Kế hoạch khắc phục: Chưa nộp – hạn theo thời hạn quy định");
        _assertNone(Button.class, spec -> spec.withId("notice-open-followup-" + noticeId));
    }

    @Test
    void the_task_page_names_the_notice_and_its_requirements_in_the_users_language() {
        CaseFile c = NoticeCases.withNotice(driver, "KCQ-B01", "34-TB/UBKTTU", LocalDate.of(2026, 3, 31));
        login("lienhe");
        english();
        String taskId = driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN).getTaskId();
        UI.getCurrent().navigate(vn.ktgs.tasklist.ui.TaskView.class, taskId);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Requirement 1: Khắc phục trước 2026-03-31 – Đảng ủy – due 31/03/2026")
                .anyMatch(line -> line.startsWith("Conclusion notice no. 34-TB/UBKTTU of "));
    }

    @Test
    void the_subjects_contact_submits_the_plan_from_the_task_page() {
        CaseFile c = NoticeCases.withNotice(driver, "KCQ-B01", "33-TB/UBKTTU", LocalDate.of(2026, 3, 31));
        login("lienhe");
        String taskId = driver.openTask(c.getId(), RemediationProcess.TASK_SUBMIT_PLAN).getTaskId();
        UI.getCurrent().navigate(vn.ktgs.tasklist.ui.TaskView.class, taskId);
        assertThat(_get(H2.class).getText()).isEqualTo("Nộp kế hoạch khắc phục");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Yêu cầu số 1: Khắc phục trước 2026-03-31 – Đảng ủy – hạn 31/03/2026");
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("field-plan")).setValue("Kế hoạch của đảng ủy.");
        _click(_get(Button.class, spec -> spec.withId("complete")));
        assertThat(driver.openTask(c.getId(), RemediationProcess.TASK_REVIEW_PLAN)).isNotNull();
        assertThat(remediation.history(remediation.noticesOf(c.getId()).get(0).getId()))
                .singleElement().satisfies(r -> {
                    assertThat(r.getSubmittedBy()).isEqualTo("lienhe");
                    assertThat(r.isOnBehalf()).isFalse();
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_notice_form_shows_why_an_owner_outside_the_subject_is_refused_and_keeps_the_input() {
        // an inspection stopped at its notice step
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 2, 9, 0));
        CaseFile second = driver.proposeOrgInspection("kiemtra1", "KCQ-B42");
        driver.complete("chunhiem", second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 2, 20)));
        driver.complete("kiemtra1", second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                "document", new vn.ktgs.casefile.UploadedFile("bc.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        driver.complete("kiemtra1", second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_VERIFY, values("verification", "Xong."));
        driver.complete("truongdoan", second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Xong."));
        driver.complete("chunhiem", second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_CONCLUSION, values("conclusion", "SHORTCOMINGS",
                "memberCount", 9, "votesFor", 9, "votesAgainst", 0, "votesAbstain", 0));

        login("truongdoan");
        UI.getCurrent().navigate(vn.ktgs.tasklist.ui.TaskView.class,
                driver.openTask(second.getId(), vn.ktgs.inspection.InspectionProcess.TASK_NOTICE).getTaskId());
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("field-noticeNumber")).setValue("35-TB/UBKTTU");
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("field-requirements-0-content")).setValue("Khắc phục");
        var ownerOrg = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("field-requirements-0-ownerOrg"));
        ownerOrg.setValue(new Option("Đảng bộ khác (KCQ-B41)", "KCQ-B41"));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("field-requirements-0-dueDate"))
                .setValue(LocalDate.of(2026, 3, 31));
        _click(_get(Button.class, spec -> spec.withId("complete")));

        assertThat(ownerOrg.isInvalid()).isTrue();
        assertThat(ownerOrg.getErrorMessage()).isEqualTo("Người thực hiện phải thuộc tổ chức được kiểm tra.");
        assertThat(remediation.noticesOf(second.getId())).isEmpty();
        assertThat(_get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("field-requirements-0-content")).getValue())
                .isEqualTo("Khắc phục");

        ownerOrg.setValue(new Option("Chi bộ", "KCQ-B42-C01"));
        _click(_get(Button.class, spec -> spec.withId("complete")));
        confirmStep();
        assertThat(remediation.noticesOf(second.getId())).singleElement()
                .satisfies(n -> assertThat(n.getRequirements().get(0).getOwnerOrgCode()).isEqualTo("KCQ-B42-C01"));
    }

    private Object ctx(String taskId) {
        return context.getBean(org.camunda.bpm.engine.TaskService.class).getVariable(taskId, RemediationProcess.REQUIREMENT_ID);
    }

    private vn.ktgs.tasklist.TaskWorkService work() {
        return context.getBean(vn.ktgs.tasklist.TaskWorkService.class);
    }

    private vn.ktgs.casefile.CaseService caseService() {
        return context.getBean(vn.ktgs.casefile.CaseService.class);
    }
}
