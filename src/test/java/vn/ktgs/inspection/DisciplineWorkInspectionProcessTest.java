package vn.ktgs.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.inspection.DisciplineWorkInspectionProcess.*;
import static vn.ktgs.inspection.PlannedInspectionSteps.rejected;
import static vn.ktgs.inspection.PlannedInspectionSteps.votes;
import static vn.ktgs.support.CaseDriver.values;

import java.time.*;
import java.util.List;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.support.IntegrationTest;

/** Every path of the inspection of discipline work (the compliance model deployed as inspection-discipline-work, PlannedInspectionModels); the team flags discipline cases as structured findings. */
@IntegrationTest
class DisciplineWorkInspectionProcessTest extends PlannedInspectionProcessTestBase {

    @Override
    String processKey() {
        return KEY;
    }

    private CaseFile startAndReport() {
        CaseFile c = steps.start(KEY, CASE_NUMBER_PREFIX, "Kiểm tra công tác kiểm tra, giám sát và thi hành kỷ luật");
        assertThat(c.getCaseNumber()).startsWith("KTKL-2026-");
        BpmnAwareTests.assertThat(instance(c)).task().isAssignedTo("truongdoan");
        steps.plan(c, LocalDate.of(2026, 6, 12));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        return c;
    }

    @Test
    void wrong_level_discipline_and_undisciplined_violations_are_recorded_and_stated_in_the_notice() {
        CaseFile c = startAndReport();
        var wrongLevel = values("kind", "WRONG_LEVEL_DISCIPLINE", "concerned", "Đồng chí Nguyễn Văn A, Chi bộ Phòng Tài vụ",
                "description", "Chi bộ cách chức đảng viên (vượt thẩm quyền của chi bộ).");
        var undisciplined = values("kind", "UNDISCIPLINED_VIOLATION", "concerned", "Đồng chí Trần Văn B",
                "description", "Vi phạm quy định đảng viên làm kinh tế tư nhân chưa được xem xét.");

        rejected(() -> driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Rà soát hồ sơ kỷ luật.",
                "findings", List.of(wrongLevel, undisciplined))), "findings[0].decidedBy", "required");
        wrongLevel.put("decidedBy", "Chi bộ Phòng Tài vụ");
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Rà soát hồ sơ kỷ luật 2021–2025.",
                "findings", List.of(wrongLevel, undisciplined)));
        assertThat(findings.of(c.getId())).extracting(InspectionFinding::getKind)
                .containsExactly(FindingKind.WRONG_LEVEL_DISCIPLINE, FindingKind.UNDISCIPLINED_VIOLATION);
        assertThat(findings.of(c.getId())).allMatch(f -> f.getAmount() == null);

        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION,
                votes("SHORTCOMINGS", "Thi hành kỷ luật chưa đúng quy định.", 11, 11, 0, 0));
        steps.issueNotice(c, "truongdoan", InspectionProcess.TASK_NOTICE, "31-TB/UBKTTU", LocalDate.of(2026, 9, 30));

        assertThat(remediation.noticesOf(c.getId())).singleElement().satisfies(n -> assertThat(n.getFindings()).contains(
                "1. Thi hành kỷ luật không đúng thẩm quyền – Đồng chí Nguyễn Văn A, Chi bộ Phòng Tài vụ",
                "(cấp đã kỷ luật: Chi bộ Phòng Tài vụ)",
                "2. Vi phạm chưa được xử lý kỷ luật – Đồng chí Trần Văn B").doesNotContain("Tổng số tiền"));
        assertThat(steps.inboxOf("lienhe", c)).singleElement()
                .satisfies(i -> assertThat(i.taskKey()).isEqualTo("Task_SubmitPlan"));

        steps.remediate(c, "lienhe", "kiemtra1");
        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void without_a_lead_the_plan_is_offered_to_the_committees_team_leads() {
        CaseFile c = driver.startPlannedInspection(KEY, CASE_NUMBER_PREFIX, PlannedInspectionSteps.COMMITTEE,
                PlannedInspectionSteps.SUBJECT, null, "Kiểm tra công tác kỷ luật (chưa phân công trưởng đoàn)");

        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_SET_PLAN);
        BpmnAwareTests.assertThat(instance(c)).task().isNotAssigned().hasCandidateGroup("TEAM_LEAD:T01");
        assertThat(steps.inboxOf("truongdoan", c)).singleElement().satisfies(i -> assertThat(i.assignee()).isNull());
    }

    @Test
    void a_lower_organisation_with_sound_discipline_work_closes_without_a_notice() {
        CaseFile c = startAndReport();
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đúng quy trình, đúng thẩm quyền."));
        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION,
                votes("NO_VIOLATION", null, 11, 9, 0, 2));

        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).isEmpty();
    }
}
