package vn.ktgs.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.*;
import java.util.*;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.*;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;

/** Signs of violation: raised, decided only by standing members, and measured by source (years no other test uses). */
@IntegrationTest
class SignServiceTest {

    @Autowired CaseDriver driver;
    @Autowired SignService signs;
    @Autowired SignDecisions decisions;
    @Autowired ObservationService observations;
    @Autowired SignShares shares;
    @Autowired CaseService cases;
    @Autowired CaseLinks links;
    @Autowired InboxService inbox;
    @Autowired RuntimeService runtime;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ViolationSign record(String username, String source, String subjectOrg, String content) {
        return signs.record(driver.user(username), values("source", source, "subjectKind", "ORGANIZATION",
                "subjectOrg", subjectOrg, "content", content));
    }

    private Observation observe(String username, String subjectOrg, String signContent) {
        return observations.record(driver.user(username), values("kind", "REPORT", "observedOn", CaseDriver.today(),
                "subjectKind", "ORGANIZATION", "subjectOrg", subjectOrg, "content", "Nghiên cứu báo cáo tài chính 6 tháng.",
                "raiseSign", signContent != null, "signContent", signContent));
    }

    @Test
    void an_observation_raises_a_sign_that_waits_in_the_standing_members_inbox() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 3, 5, 9, 0)); // Monday
        Observation o = observe("kiemtra1", "KCQ-B21", "Chi sai mục đích quỹ phúc lợi khoảng 40 triệu đồng.");

        ViolationSign sign = signs.ofYear(driver.user("kiemtra1"), 2029).stream()
                .filter(s -> Objects.equals(s.getObservationId(), o.getId())).findFirst().orElseThrow();
        assertThat(sign.getSource()).isEqualTo(ViolationSource.REGULAR_SUPERVISION);
        assertThat(sign.getStatus()).isEqualTo(SignStatus.AWAITING);
        InboxTask review = driver.openTask(sign.getReviewCaseId(), SignReviewProcess.TASK_REVIEW);
        assertThat(review.getCandidateGroups()).containsExactly("STANDING:T01");
        assertThat(inbox.inbox(driver.user("phochunhiem"), 0, 10_000)).extracting(vn.ktgs.tasklist.InboxItem::taskId).contains(review.getTaskId());
        // 5 working days: Monday 5 March 2029 → Monday 12 March
        assertThat(review.getDueAt()).isEqualTo(LocalDateTime.of(2029, 3, 12, 17, 0).atZone(VietnamTime.ZONE).toInstant());
    }

    @Test
    void the_chair_turns_a_sign_into_an_inspection_case_in_one_action() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 4, 9, 9, 0));
        ViolationSign sign = record("kiemtra1", "DATA_ANALYSIS", "KCQ-B22",
                "Đối chiếu dữ liệu: tài sản tăng hơn 300 triệu đồng không giải trình được.");

        decisions.turnIntoCase(driver.user("chunhiem"), sign.getId());

        ViolationSign decided = signs.get(sign.getId());
        assertThat(decided.getStatus()).isEqualTo(SignStatus.INSPECTED);
        assertThat(decided.getDecidedBy()).isEqualTo("chunhiem");
        CaseFile inspection = cases.get(decided.getInspectionCaseId());
        assertThat(inspection.getProcessKey()).isEqualTo(InspectionProcess.KEY);
        assertThat(inspection.getSource()).isEqualTo("DATA_ANALYSIS");
        assertThat(inspection.getSubjectName()).isEqualTo(sign.getSubjectName());
        assertThat(inspection.getContent()).isEqualTo(sign.getContent());
        assertThat(inspection.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(driver.openTasks(inspection.getId())).extracting(InboxTask::getTaskKey).containsExactly(InspectionProcess.TASK_SET_PLAN);
        // linked both ways; the sign's review case is closed
        assertThat(links.of(sign.getReviewCaseId())).extracting(r -> r.other().getId()).containsExactly(inspection.getId());
        assertThat(links.of(inspection.getId())).extracting(r -> r.other().getId()).containsExactly(sign.getReviewCaseId());
        assertThat(signs.ofCase(inspection.getId())).extracting(ViolationSign::getId).containsExactly(sign.getId());
        assertThat(cases.get(sign.getReviewCaseId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThatThrownBy(() -> decisions.dismiss(driver.user("chunhiem"), sign.getId(), "muộn"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dismissing_needs_a_reason_and_keeps_it() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 5, 7, 9, 0));
        ViolationSign sign = record("kiemtra1", "ANONYMOUS_LETTER", "KCQ-B23", "Đơn nặc danh phản ánh sử dụng xe công sai mục đích.");

        assertThatThrownBy(() -> decisions.dismiss(driver.user("chunhiem"), sign.getId(), "  "))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field).containsExactly("reason"));
        assertThat(signs.get(sign.getId()).getStatus()).isEqualTo(SignStatus.AWAITING);

        decisions.dismiss(driver.user("phochunhiem"), sign.getId(), "Nội dung không cụ thể, không có căn cứ.");

        ViolationSign dismissed = signs.get(sign.getId());
        assertThat(dismissed.getStatus()).isEqualTo(SignStatus.DISMISSED);
        assertThat(dismissed.getDismissReason()).isEqualTo("Nội dung không cụ thể, không có căn cứ.");
        assertThat(dismissed.getInspectionCaseId()).isNull();
        assertThat(cases.get(sign.getReviewCaseId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void only_the_committees_standing_members_decide() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 6, 4, 9, 0));
        ViolationSign sign = record("kiemtra1", "PRESS", "KCQ-B24", "Báo chí phản ánh sai phạm trong đấu thầu mua sắm.");

        assertThatThrownBy(() -> decisions.turnIntoCase(driver.user("kiemtra1"), sign.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.turnIntoCase(driver.user("truongdoan"), sign.getId())).isInstanceOf(AccessDeniedException.class);
        // the chair of another committee
        assertThatThrownBy(() -> decisions.turnIntoCase(driver.user("xa.chunhiem"), sign.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(signs.get(sign.getId()).getStatus()).isEqualTo(SignStatus.AWAITING);
    }

    @Test
    void a_subject_outside_the_committees_jurisdiction_is_refused_and_nothing_is_saved() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 7, 2, 9, 0));
        int before = signs.ofYear(driver.user("xa.kiemtra"), 2029).size();
        ObservationService.Filter all = new ObservationService.Filter(null, null, null, null);
        int observedBefore = observations.search(driver.user("xa.kiemtra"), all, 0, 10_000).size();

        assertThatThrownBy(() -> record("xa.kiemtra", "PRESS", "KCQ-B25", "Báo chí phản ánh sai phạm của tổ chức khác."))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("subjectOrg", "outsideJurisdiction")));
        assertThatThrownBy(() -> observe("xa.kiemtra", "KCQ-B25", null)).isInstanceOf(FormValidationException.class);
        assertThat(signs.ofYear(driver.user("xa.kiemtra"), 2029)).hasSize(before);
        assertThat(observations.search(driver.user("xa.kiemtra"), all, 0, 10_000)).hasSize(observedBefore);
    }

    @Test
    void an_observations_document_is_listed_by_name_and_downloaded_only_by_a_committee_that_sees_it() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 9, 3, 9, 0));
        byte[] pdf = "%PDF-1.4 biên bản".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Observation saved = observations.record(driver.user("kiemtra1"), values("kind", "MEETING", "observedOn", CaseDriver.today(),
                "subjectKind", "ORGANIZATION", "subjectOrg", "KCQ-B27", "content", "Dự họp chi bộ tháng 9.", "raiseSign", false,
                "document", new vn.ktgs.casefile.UploadedFile("bien-ban.pdf", "application/pdf", pdf)));

        // the list carries the file's name and type (not its bytes); the bytes come on download
        ObservationRow row = observations.search(driver.user("kiemtra1"), new ObservationService.Filter(null, null, null,
                "họp chi bộ tháng 9"), 0, 50).stream().filter(r -> r.id().equals(saved.getId())).findFirst().orElseThrow();
        assertThat(row.documentName()).isEqualTo("bien-ban.pdf");
        assertThat(row.documentType()).isEqualTo("application/pdf");
        assertThat(observations.document(driver.user("kiemtra1"), saved.getId())).isEqualTo(pdf);
        assertThatThrownBy(() -> observations.document(driver.user("xa.kiemtra"), saved.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_observation_cannot_be_dated_in_the_future() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 8, 6, 9, 0));
        assertThatThrownBy(() -> observations.record(driver.user("kiemtra1"), values("kind", "MEETING",
                "observedOn", LocalDate.of(2029, 8, 7), "subjectKind", "ORGANIZATION", "subjectOrg", "KCQ-B26",
                "content", "Dự họp chi bộ.", "raiseSign", false)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::code).containsExactly("notAfterToday"));
    }

    @Test
    void a_thematic_supervision_sign_cannot_be_recorded_without_its_supervision_case() {
        CaseDriver.clockAt(LocalDateTime.of(2029, 10, 1, 9, 0));
        int before = signs.ofYear(driver.user("kiemtra1"), 2029).size();

        assertThatThrownBy(() -> record("kiemtra1", "THEMATIC_SUPERVISION", "KCQ-B28", "Chi sai quy chế chi tiêu nội bộ."))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("source", "thematicSignFromCaseOnly")));
        assertThat(signs.ofYear(driver.user("kiemtra1"), 2029)).hasSize(before);
        // nor is it offered on the form
        assertThat(signs.signForm().inputs()).filteredOn(f -> f.key().equals("source")).singleElement()
                .satisfies(f -> assertThat(f.values()).extracting(o -> o.value()).doesNotContain("THEMATIC_SUPERVISION")
                        .contains("REGULAR_SUPERVISION", "DATA_ANALYSIS"));
    }

    @Test
    void the_share_found_proactively_and_the_share_inspected_are_counted_by_source() {
        // 2030 is used by no other test: the figures are exactly these signs
        CaseDriver.clockAt(LocalDateTime.of(2030, 3, 4, 9, 0));
        observe("kiemtra1", "KCQ-B27", "Quỹ cơ quan chi không đúng quy chế.");                              // regular supervision
        record("kiemtra1", "DATA_ANALYSIS", "KCQ-B27", "Dữ liệu thu chi đảng phí bất thường so với số đảng viên.");
        ViolationSign denunciation = record("kiemtra1", "DENUNCIATION", "KCQ-B28", "Đơn tố cáo chỉ định thầu sai quy định.");
        record("kiemtra1", "DENUNCIATION", "KCQ-B28", "Đơn tố cáo thứ hai về bổ nhiệm cán bộ không đúng quy trình.");
        ViolationSign anonymous = record("kiemtra1", "ANONYMOUS_LETTER", "KCQ-B29", "Đơn nặc danh phản ánh việc dùng xe công.");
        record("kiemtra1", "PRESS", "KCQ-B29", "Báo chí phản ánh chậm giải ngân vốn đầu tư công.");
        record("xa.kiemtra", "DATA_ANALYSIS", "X01-C02", "Dữ liệu sinh hoạt chi bộ: nhiều kỳ không họp.");  // another committee
        decisions.turnIntoCase(driver.user("chunhiem"), denunciation.getId());
        decisions.dismiss(driver.user("chunhiem"), anonymous.getId(), "Không có nội dung cụ thể.");

        SignShares.Figures t01 = shares.of(driver.user("chunhiem"), 2030);
        // 6 signs of T01: regular 1 + data analysis 1 are proactive → 2/6 = 33.3%, above the 15% target
        assertThat(t01.total()).isEqualTo(6);
        assertThat(t01.proactive()).isEqualTo(2);
        assertThat(t01.proactiveShare().getAsDouble()).isCloseTo(2 / 6.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t01.proactiveBelowTarget()).isFalse();
        assertThat(t01.bySource()).containsEntry(ViolationSource.DENUNCIATION, 2).containsEntry(ViolationSource.PRESS, 1);
        // inspected 1, dismissed 1 (left out), awaiting 4 → 1/5 = 20%, below the 100% target
        assertThat(t01.inspected()).isEqualTo(1);
        assertThat(t01.dismissed()).isEqualTo(1);
        assertThat(t01.awaiting()).isEqualTo(4);
        assertThat(t01.inspectedShare().getAsDouble()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t01.inspectedBelowTarget()).isTrue();

        SignShares.Figures x01 = shares.of(driver.user("xa.chunhiem"), 2030);
        assertThat(x01.total()).isEqualTo(1);
        assertThat(x01.proactiveShare().getAsDouble()).isEqualTo(1.0);
        assertThat(shares.of(driver.user("chunhiem"), 2034).proactiveShare()).isEmpty();
    }
}
