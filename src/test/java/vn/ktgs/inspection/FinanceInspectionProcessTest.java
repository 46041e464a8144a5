package vn.ktgs.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.inspection.FinanceInspectionProcess.*;
import static vn.ktgs.inspection.PlannedInspectionSteps.rejected;
import static vn.ktgs.inspection.PlannedInspectionSteps.votes;
import static vn.ktgs.support.CaseDriver.values;

import java.math.BigDecimal;
import java.time.*;
import java.util.List;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.remediation.NoticeStatus;
import vn.ktgs.support.IntegrationTest;

/** Every path of the finance inspection (the compliance model deployed as inspection-finance, PlannedInspectionModels); findings carry amounts in đồng. */
@IntegrationTest
class FinanceInspectionProcessTest extends PlannedInspectionProcessTestBase {


    @Override
    String processKey() {
        return KEY;
    }

    private CaseFile startAndReport() {
        CaseFile c = steps.start(KEY, CASE_NUMBER_PREFIX, "Kiểm tra thu, chi ngân sách và đảng phí năm 2025");
        assertThat(c.getCaseNumber()).startsWith("KTTC-2026-");
        steps.plan(c, LocalDate.of(2026, 6, 12));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        BpmnAwareTests.assertThat(instance(c)).isWaitingAt(InspectionProcess.TASK_VERIFY);
        BpmnAwareTests.assertThat(instance(c)).task().hasCandidateGroup("INSPECTOR:T01");
        return c;
    }

    private static java.util.Map<String, Object> finding(String area, String description, Object amount) {
        return values("area", area, "description", description, "amount", amount);
    }

    @Test
    void amounts_must_be_whole_and_not_negative_and_the_conclusion_and_notice_state_them_summed() {
        CaseFile c = startAndReport();
        // the verification is due 20 working days after it opens (Mon 1/6 → Mon 29/6, 17:00)
        assertThat(steps.inboxOf("kiemtra1", c)).singleElement().satisfies(i -> assertThat(i.dueAt())
                .isEqualTo(LocalDateTime.of(2026, 6, 29, 17, 0).atZone(VietnamTime.ZONE).toInstant()));

        rejected(() -> driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu sổ sách.",
                "findings", List.of(finding("BUDGET_SPENDING", "Chi sai mục đích", -5_000_000)))), "findings[0].amount", "min");
        rejected(() -> driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu sổ sách.",
                "findings", List.of(finding("PARTY_FEES", "Thu thiếu đảng phí", new BigDecimal("1500.5"))))), "findings[0].amount", "integer");
        assertThat(findings.of(c.getId())).isEmpty();

        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu sổ sách, chứng từ.",
                "findings", List.of(finding("BUDGET_SPENDING", "Chi hội nghị vượt định mức", 120_000_000),
                        finding("PARTY_FEES", "Thu đảng phí thiếu so với quy định", new BigDecimal("5500000")))));

        assertThat(findings.of(c.getId())).extracting(InspectionFinding::getKind, InspectionFinding::getAmount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.BUDGET_SPENDING, new BigDecimal("120000000")),
                        org.assertj.core.groups.Tuple.tuple(FindingKind.PARTY_FEES, new BigDecimal("5500000")));
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.contains("1. Chi ngân sách: Chi hội nghị vượt định mức – 120.000.000 đồng"));

        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        // what the conclusion will record (the task page shows the same lines, its total labelled in the page's
        // language: FinanceInspectionViewTest)
        assertThat(findings.describe(c.getId()).split("\n"))
                .containsExactly("1. Chi ngân sách: Chi hội nghị vượt định mức – 120.000.000 đồng",
                        "2. Thu, nộp, sử dụng đảng phí: Thu đảng phí thiếu so với quy định – 5.500.000 đồng",
                        "Tổng số tiền sai phạm: 125.500.000 đồng");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, votes("VIOLATION", "Vi phạm quy định tài chính đảng.",
                11, 10, 1, 0));
        assertThat(cases.timeline(c.getId())).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.startsWith("Kết luận: có vi phạm") && s.contains("Tổng số tiền sai phạm: 125.500.000 đồng"));

        steps.issueNotice(c, "truongdoan", InspectionProcess.TASK_NOTICE, "30-TB/UBKTTU", LocalDate.of(2026, 9, 30));
        assertThat(remediation.noticesOf(c.getId())).singleElement().satisfies(n -> assertThat(n.getFindings())
                .contains("Vi phạm quy định tài chính đảng.", "2. Thu, nộp, sử dụng đảng phí: Thu đảng phí thiếu so với quy định – 5.500.000 đồng",
                        "Tổng số tiền sai phạm: 125.500.000 đồng"));
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.REMEDIATION);

        steps.remediate(c, "lienhe", "kiemtra2");
        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(remediation.noticesOf(c.getId())).singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo(NoticeStatus.REMEDIATED_ON_TIME));
    }

    @Test
    void a_clean_financial_inspection_closes_without_a_notice() {
        CaseFile c = startAndReport();
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Thu, chi đúng quy định.",
                "findings", List.of()));
        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        rejected(() -> driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, votes("NO_VIOLATION", null, 7, 8, 0, 0)),
                "votesFor", "votesExceedMembers");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, votes("NO_VIOLATION", null, 7, 7, 0, 0));

        assertThat(instance(c)).isNull();
        assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(findings.of(c.getId())).isEmpty();
        assertThat(remediation.noticesOf(c.getId())).isEmpty();
    }

    @Test
    void amounts_are_written_the_vietnamese_way() {
        assertThat(Vnd.format(new BigDecimal("125500000"))).isEqualTo("125.500.000 đồng");
        assertThat(Vnd.format(BigDecimal.ZERO)).isEqualTo("0 đồng");
        assertThat(Vnd.format(new BigDecimal("1000000000000"))).isEqualTo("1.000.000.000.000 đồng");
    }
}
