package vn.ktgs.inspection;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.ui.TaskView;

/** The team lead issuing the notice sees, above its form, what the committee concluded: outcome, findings, vote, who and when. */
class ConclusionNoticeContextTest extends KaribuTest {

    @Autowired InboxService inbox;

    @Test
    void the_notice_page_of_a_violation_inspection_shows_the_recorded_conclusion() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B16");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", CaseDriver.today().plusDays(7)));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                "document", new UploadedFile("a.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Xong."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Xong."));
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, PlannedInspectionSteps.votes("VIOLATION",
                "Vi phạm nguyên tắc tập trung dân chủ.\nBuông lỏng quản lý đảng viên.", 9, 7, 1, 1));

        login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_NOTICE).getTaskId());

        List<String> lines = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(lines).contains("Kết luận đã ghi nhận: Có vi phạm",
                "Những khuyết điểm, vi phạm đã kết luận:",
                "Vi phạm nguyên tắc tập trung dân chủ.", "Buông lỏng quản lý đảng viên.",
                "Biểu quyết: 7/9 tán thành, 1 không tán thành, 1 không biểu quyết");
        assertThat(lines).anyMatch(l -> l.startsWith("Ghi nhận tại bước “Ghi kết luận hội nghị ủy ban” bởi Phạm Thị Thanh Nhiệm (chunhiem) lúc "));
    }

    @Test
    void the_notice_page_of_a_finance_inspection_shows_the_conclusion_with_its_findings_and_amounts() {
        PlannedInspectionSteps steps = new PlannedInspectionSteps(driver, inbox);
        CaseFile c = steps.start(FinanceInspectionProcess.KEY, FinanceInspectionProcess.CASE_NUMBER_PREFIX,
                "Kiểm tra tài chính đảng (kết luận trên trang thông báo)");
        steps.plan(c, LocalDate.now().plusDays(14));
        steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đối chiếu chứng từ.",
                "findings", List.of(values("area", "PARTY_FEES", "description", "Thu đảng phí thiếu", "amount", 4_000_000))));
        steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, PlannedInspectionSteps.votes("SHORTCOMINGS",
                null, 11, 10, 0, 1));

        login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_NOTICE).getTaskId());

        List<String> lines = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(lines).contains("Kết luận đã ghi nhận: Có khuyết điểm",
                "1. Thu, nộp, sử dụng đảng phí: Thu đảng phí thiếu – 4.000.000 đồng",
                "Biểu quyết: 10/11 tán thành, 0 không tán thành, 1 không biểu quyết");
        // shown once, not again by the programme inspection's own context
        assertThat(lines).filteredOn(l -> l.startsWith("1. Thu, nộp")).hasSize(1);
        assertThat(lines).anyMatch(l -> l.startsWith("Ghi nhận tại bước “Hội nghị kết luận kiểm tra tài chính” bởi Phạm Thị Thanh Nhiệm (chunhiem) lúc "));
    }

    @Test
    void the_cell_secretary_issuing_the_cells_notice_sees_the_cell_meetings_conclusion() {
        CaseFile c = driver.startPlannedInspection(ComplianceInspectionProcess.KEY, ComplianceInspectionProcess.CASE_NUMBER_PREFIX,
                CellSecretaryDemoUser.CELL, CellSecretaryDemoUser.CELL, CellSecretaryDemoUser.USERNAME, "Chi bộ kiểm tra (kết luận trên trang thông báo)");
        driver.complete("bithu", c.getId(), ComplianceInspectionProcess.TASK_CELL_ADOPT_PLAN, values("plan", "Kế hoạch kiểm tra.",
                "meetingDate", CaseDriver.today(), "reportDueDate", CaseDriver.today().plusDays(20)));
        PlannedInspectionSteps steps = new PlannedInspectionSteps(driver, inbox);
        steps.selfReport(c, "bithu", ComplianceInspectionProcess.TASK_CELL_SELF_REPORT);
        steps.draftResult(c, "bithu", ComplianceInspectionProcess.TASK_CELL_DRAFT_RESULT);
        var conclusion = PlannedInspectionSteps.votes("SHORTCOMINGS", "Chưa gương mẫu trong sinh hoạt chi bộ.", 12, 11, 1, 0);
        conclusion.put("minutesExtract", "11/12 đồng chí tán thành kết luận.");
        driver.complete("bithu", c.getId(), ComplianceInspectionProcess.TASK_CELL_CONCLUSION, conclusion);

        login("bithu");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), ComplianceInspectionProcess.TASK_CELL_NOTICE).getTaskId());

        List<String> lines = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(lines).contains("Kết luận đã ghi nhận: Có khuyết điểm", "Chưa gương mẫu trong sinh hoạt chi bộ.",
                "Trích biên bản hội nghị chi bộ: 11/12 đồng chí tán thành kết luận.",
                "Biểu quyết: 11/12 tán thành, 1 không tán thành, 0 không biểu quyết");
        assertThat(lines).anyMatch(l -> l.startsWith("Ghi nhận tại bước “Hội nghị chi bộ kết luận” bởi "));
    }
}
