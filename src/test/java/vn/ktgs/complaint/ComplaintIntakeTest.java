package vn.ktgs.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/**
 * Bad input at intake is refused with a reason beside the field, and nothing is saved: a decision KTGS does not
 * know, a second complaint about a decision while the first is being resolved, dates after today, no reply channel.
 */
@IntegrationTest
class ComplaintIntakeTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DisciplineRecords records;
    @Autowired ComplaintService complaints;
    @Autowired CaseService cases;
    @Autowired CaseDriver driver;

    private ComplaintFixture f;

    @BeforeEach
    void setUp() {
        f = ComplaintFixture.onMonday4April(jdbc, records);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private long saved() {
        return jdbc.queryForObject("select count(*) from discipline_complaint where committee_org_id = ?", Long.class, f.committee().orgId())
                + jdbc.queryForObject("select count(*) from case_file where owner_org_id = ?", Long.class, f.committee().orgId());
    }

    private FieldError refusal(Map<String, Object> values) {
        long before = saved();
        var user = driver.user(f.committee().inspector());
        FormValidationException refused = (FormValidationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> complaints.register(user, values));
        assertThat(refused).isNotNull();
        assertThat(saved()).isEqualTo(before);
        return refused.errors().get(0);
    }

    @Test
    void a_complaint_about_a_decision_that_does_not_exist_is_refused() {
        FieldError error = refusal(f.intake("decisionNumber", "999-QĐ/KHONGCO"));
        assertThat(error.field()).isEqualTo("decisionNumber");
        assertThat(error.code()).isEqualTo("complaintDecisionNotFound");
        assertThat(error.args()).containsExactly("999-QĐ/KHONGCO", "Chi bộ ấp 1 " + f.committee().code().substring(2));
    }

    @Test
    void the_same_number_from_another_organisation_is_not_the_decision() {
        FieldError error = refusal(f.intake("decidingOrg", f.committee().cellCodes().get(1)));
        assertThat(error.code()).isEqualTo("complaintDecisionNotFound");
    }

    @Test
    void a_second_complaint_about_a_decision_being_resolved_is_refused_and_the_first_stays() {
        CaseFile first = complaints.register(driver.user(f.committee().inspector()), f.intake());

        FieldError error = refusal(f.intake("content", "Tôi gửi lại đơn khiếu nại lần hai vì chưa nhận được trả lời."));

        assertThat(error.field()).isEqualTo("decisionNumber");
        assertThat(error.code()).isEqualTo("complaintAlreadyActive");
        assertThat(error.args()).containsExactly(first.getCaseNumber());
        assertThat(complaints.ofCase(first.getId()).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.OPEN);
    }

    @Test
    void a_complaint_may_be_registered_again_once_the_first_is_answered() {
        CaseFile first = complaints.register(driver.user(f.committee().inspector()), f.intake("filedOn", LocalDate.of(2033, 4, 1)));
        driver.complete(f.committee().chair(), first.getId(), ComplaintProcess.TASK_APPROVE_REPLY, CaseDriver.values());

        CaseFile second = complaints.register(driver.user(f.committee().inspector()), f.intake());

        assertThat(complaints.ofCase(second.getId()).orElseThrow().admissible()).isTrue();
    }

    @Test
    void dates_after_today_are_refused() {
        FieldError received = refusal(f.intake("decisionReceivedOn", LocalDate.of(2033, 4, 5)));
        assertThat(received.field()).isEqualTo("decisionReceivedOn");
        assertThat(received.code()).isEqualTo("notAfterToday");
        FieldError filed = refusal(f.intake("filedOn", LocalDate.of(2033, 5, 1)));
        assertThat(filed.field()).isEqualTo("filedOn");
        assertThat(filed.code()).isEqualTo("notAfterToday");
    }

    @Test
    void a_complaint_with_neither_e_mail_nor_address_cannot_be_answered_and_is_refused() {
        FieldError error = refusal(f.intake("replyEmail", "", "replyAddress", " "));
        assertThat(error.code()).isEqualTo("complaintReplyContactRequired");
    }

    @Test
    void a_lookup_value_that_names_nothing_is_refused_beside_its_field() {
        FieldError org = refusal(f.intake("decidingOrg", "KHONG-CO"));
        assertThat(org.field()).isEqualTo("decidingOrg");
        assertThat(org.code()).isEqualTo("option");
        FieldError member = refusal(f.intake("complainant", "abc"));
        assertThat(member.field()).isEqualTo("complainant");
        assertThat(member.code()).isEqualTo("option");
    }

    @Test
    void a_decision_outside_the_committees_subtree_is_refused() {
        FieldError error = refusal(f.intake("decidingOrg", "T01"));
        assertThat(error.field()).isEqualTo("decidingOrg");
        assertThat(error.code()).isEqualTo("outsideJurisdiction");
    }

    @Test
    void a_complaint_about_the_committees_own_organisations_decision_is_sent_to_the_level_above() {
        var own = records.imposeOnMember(f.memberId(), vn.ktgs.discipline.DisciplineForm.REPRIMAND, "77-QĐ/ĐU", f.committee().orgId(),
                ComplaintFixture.DECIDED, ComplaintFixture.DECIDED, null, "test");
        FieldError error = refusal(f.intake("decidingOrg", f.committee().code(), "decisionNumber", own.getDecisionNumber()));
        assertThat(error.field()).isEqualTo("decidingOrg");
        assertThat(error.code()).isEqualTo("complaintOwnDecision");
    }

    @Test
    void a_sent_date_after_the_receipt_or_after_today_is_refused() {
        FieldError afterReceipt = refusal(f.intake("sentOn", LocalDate.of(2033, 3, 11)));
        assertThat(afterReceipt.field()).isEqualTo("sentOn");
        assertThat(afterReceipt.code()).isEqualTo("complaintSentAfterReceived");
        FieldError future = refusal(f.intake("sentOn", LocalDate.of(2033, 4, 5), "filedOn", LocalDate.of(2033, 4, 4)));
        assertThat(future.field()).isEqualTo("sentOn");
        assertThat(future.code()).isEqualTo("notAfterToday");
    }

    @Test
    void only_clerks_and_inspectors_register_complaints_and_only_the_committees_users_see_them() {
        assertThatThrownBy(() -> complaints.register(driver.user(f.committee().chair()), f.intake()))
                .isInstanceOf(AccessDeniedException.class);
        CaseFile c = complaints.register(driver.user(f.committee().inspector()), f.intake());

        assertThat(complaints.ofCase(driver.user(f.committee().chair()), c.getId())).isPresent();
        assertThat(complaints.ofCase(driver.user("chunhiem"), c.getId())).isPresent(); // the province above
        assertThatThrownBy(() -> complaints.ofCase(driver.user("xa.chunhiem"), c.getId()))
                .isInstanceOf(vn.ktgs.casefile.CaseAccessDeniedException.class); // another commune
    }

    @Test
    void the_demo_province_holds_a_complaint_about_a_cells_warning_waiting_for_the_standing_members() {
        Long caseId = jdbc.queryForObject("select c.case_id from discipline_complaint c join discipline_record r on r.id = c.discipline_record_id "
                + "join organization o on o.id = r.decided_by_org_id where r.decision_number = ? and o.code = 'X05-C01'", Long.class,
                ComplaintDemoData.DECISION);
        assertThat(driver.openTask(caseId, ComplaintProcess.TASK_APPROVE_DECISION).getCandidateGroups()).containsExactly("STANDING:T01");
        assertThat(cases.get(caseId).getProposedBy()).isEqualTo("vanthu");
    }
}
