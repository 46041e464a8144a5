package vn.ktgs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.*;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ktgs.kernel.VietnamTime;

/**
 * Issue #5's journey in Debian's headless Chromium, as the demo province's users do it: the chair adds an item
 * to the approved programme and starts its compliance inspection; the lead plans it, the subject's contact
 * ({@code lienhe}) reports from their own inbox, the inspector verifies, the chair records a conclusion with
 * shortcomings and the vote, the team lead issues the notice with one requirement due in three weeks, the
 * contact's remediation plan and completion report are accepted by the inspector; the committee's on-time
 * figure then counts one more notice remediated on time, and the case file holds the drafted documents.
 */
class ProgrammeJourneyTest extends JourneyTest {

    static final String COMMITTEE = "Ủy ban Kiểm tra Tỉnh ủy Lâm Giang";
    static final String SUBJECT = "Đảng bộ Sở Tài chính";


    @Test
    void programme_item_to_case_to_conclusion_to_remediation_counts_on_time(@org.junit.jupiter.api.io.TempDir Path files) throws Exception {
        LocalDate today = VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant());
        LocalDate requirementDue = today.plusDays(20);
        Path selfReport = Files.write(files.resolve("bao-cao-tu-kiem-tra.pdf"), "%PDF-1.4\n% báo cáo tự kiểm tra\n".getBytes());

        // the chair reads the committee's on-time figure for the quarter the requirement will fall due in
        browser.login("chunhiem");
        OnTime before = onTime(requirementDue);

        // ... adds the Department of Finance's party committee (it has a contact user) to the approved programme,
        // which needs a reason, and starts its compliance inspection
        browser.open("/programmes");
        browser.selectRow("programme-list", "Chương trình kiểm tra, giám sát năm " + today.getYear());
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programme-status"), "Đã phê duyệt"));
        browser.click(By.id("programme-item-add"));
        browser.chooseFromSelect("item-kind", "Kiểm tra việc chấp hành");
        browser.chooseFromComboBox("item-subject-org", "Sở Tài chính", "(KCQ-B01)");
        browser.type("#item-quarter input", String.valueOf((today.getMonthValue() - 1) / 3 + 1));
        browser.chooseFromComboBox("item-lead", "Phạm Đức Đoàn", "truongdoan");
        browser.type("#item-content textarea", "Việc chấp hành quy chế làm việc của Đảng ủy");
        browser.type("#item-reason input", "Bổ sung theo chỉ đạo của Ban Thường vụ Tỉnh ủy");
        browser.click(By.id("item-save"));
        browser.selectRow("programme-items", SUBJECT);
        browser.click(By.id("programme-item-start"));
        browser.wait.until(d -> CASE_NUMBER.matcher(browser.gridText("programme-items")).find());
        Matcher number = CASE_NUMBER.matcher(browser.gridText("programme-items"));
        assertThat(number.find()).isTrue();
        String caseNumber = number.group();
        assertThat(browser.driver.findElement(By.id("programme-history")).getText())
                .contains("Bổ sung theo chỉ đạo của Ban Thường vụ Tỉnh ủy");
        browser.logout();

        // the item's lead plans it: decision number, plan, team, outline, report date
        browser.login("truongdoan");
        browser.openTaskOfCase(caseNumber, "Quyết định, kế hoạch, đề cương");
        String casePath = browser.driver.findElement(By.id("case-link")).getAttribute("href");
        browser.fill("decisionNumber", "15-QĐ/UBKTTU");
        browser.fill("plan", "Kiểm tra việc chấp hành nghị quyết, quy chế làm việc của Đảng ủy Sở trong quý IV.");
        // the lead chosen for the programme item leads the team; a member is picked from the committee's people
        assertThat(browser.driver.findElement(By.cssSelector("#field-teamLead input")).getAttribute("value")).contains("Phạm Đức Đoàn");
        browser.chooseTag("field-team", "Kiểm", "kiemtra1");
        browser.fill("outline", "1. Việc ban hành quy chế làm việc. 2. Việc thực hiện nghị quyết. 3. Khuyết điểm và nguyên nhân.");
        browser.fillDate("reportDueDate", today.plusDays(10));
        browser.shot("team-lead-2-programme-plan");
        browser.complete();
        browser.logout();

        // the subject's contact sends its self-inspection report from their own inbox; the inspector verifies
        browser.login("lienhe");
        browser.openTaskOfCase(caseNumber, "Báo cáo tự kiểm tra");
        // beside the form: what the committee asked of the subject (the plan, the outline, the due date)
        assertThat(browser.driver.findElement(By.id("task-context")).getText()).contains("Việc ban hành quy chế làm việc");
        browser.shot("contact-1-self-report");
        // the plan and the decision addressed to the subject open and download from here; the committee's other papers do not show
        String sent = browser.driver.findElement(By.id("task-context-subject-documents")).getText();
        assertThat(sent).contains("ke-hoach-" + caseNumber + ".pdf", "quyet-dinh-" + caseNumber + ".pdf");
        assertThat(browser.download("task-context-subject-documents", "ke-hoach-" + caseNumber + ".pdf")).startsWith("%PDF");
        browser.fill("summary", "Đảng ủy đã ban hành quy chế làm việc; một số nghị quyết chậm triển khai.");
        assertThat(browser.shadowText("field-document")).contains("Chọn tệp...", "Kéo thả tệp vào đây");
        browser.upload("document", selfReport);
        assertThat(browser.driver.findElements(By.id("field-onBehalf"))).as("the inspector's 'on behalf' box").isEmpty();
        browser.complete();
        browser.logout();

        browser.login("kiemtra1");
        browser.openTaskOfCase(caseNumber, "Thẩm tra, xác minh");
        browser.fill("verification", "Xác minh đúng: hai nghị quyết chuyên đề triển khai chậm ba tháng.");
        browser.complete();
        browser.logout();

        browser.login("truongdoan");
        browser.openTaskOfCase(caseNumber, "Báo cáo kết quả kiểm tra");
        browser.fill("resultReport", "Đảng ủy Sở có khuyết điểm trong việc triển khai nghị quyết chuyên đề.");
        browser.check("discussedWithSubject");
        browser.complete();
        browser.logout();

        // the committee's meeting: shortcomings, and its vote
        browser.login("chunhiem");
        browser.openTaskOfCase(caseNumber, "Hội nghị cấp ủy kết luận");
        browser.chooseRadio("field-conclusion", "Có khuyết điểm");
        browser.fill("findings", "Chậm triển khai hai nghị quyết chuyên đề.");
        browser.fill("memberCount", "9");
        browser.fill("votesFor", "8");
        browser.fill("votesAgainst", "0");
        browser.fill("votesAbstain", "1");
        browser.completeConfirming("chair-2-conclusion-confirmation");
        browser.logout();

        // the team lead issues the notice with one requirement due in the future
        browser.login("truongdoan");
        browser.openTaskOfCase(caseNumber, "Ban hành thông báo kết luận");
        browser.fill("noticeNumber", "27-TB/UBKTTU");
        browser.fill("requirements-0-content", "Triển khai đầy đủ hai nghị quyết chuyên đề, báo cáo kết quả.");
        browser.fill("requirements-0-owner", "Ban Thường vụ Đảng ủy Sở Tài chính");
        browser.fillDate("requirements-0-dueDate", requirementDue);
        browser.completeConfirming("team-lead-3-notice-confirmation");
        browser.logout();

        // the contact sends the remediation plan, the inspector accepts it; the contact reports completion, the inspector accepts
        browser.login("lienhe");
        browser.openTaskOfCase(caseNumber, "Nộp kế hoạch khắc phục");
        browser.fill("plan", "Tháng này triển khai hai nghị quyết; báo cáo kết quả trước hạn.");
        browser.complete();
        browser.logout();
        browser.login("kiemtra1");
        browser.openTaskOfCase(caseNumber, "Xem xét kế hoạch khắc phục");
        browser.chooseRadio("field-decision", "Chấp nhận kế hoạch");
        browser.complete();
        browser.logout();
        browser.login("lienhe");
        browser.openTaskOfCase(caseNumber, "Báo cáo kết quả khắc phục");
        browser.chooseRadio("field-reportKind", "Báo cáo hoàn thành");
        browser.fill("report", "Đã triển khai hai nghị quyết chuyên đề tới các chi bộ.");
        browser.complete();
        browser.logout();
        browser.login("kiemtra1");
        browser.openTaskOfCase(caseNumber, "Xác nhận hoàn thành");
        browser.chooseRadio("field-decision", "Chấp nhận");
        browser.complete();
        assertThat(browser.gridText()).doesNotContain(caseNumber);
        browser.logout();

        // the chair sees the notice remediated on time, and the drafted documents in the case file
        browser.login("chunhiem");
        OnTime after = onTime(requirementDue);
        assertThat(after.onTime()).isEqualTo(before.onTime() + 1);
        assertThat(after.notYetDue()).isEqualTo(before.notYetDue());
        assertThat(after.total()).isNotEqualTo(before.total());

        browser.driver.get(casePath);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-documents")));
        assertThat(browser.driver.findElement(By.id("case-heading")).getText()).startsWith(caseNumber);
        String documents = browser.gridText("case-documents");
        assertThat(documents).contains("quyet-dinh-" + caseNumber, "ke-hoach-" + caseNumber, "de-cuong-bao-cao-" + caseNumber,
                "thong-bao-ket-luan-" + caseNumber, "15-QĐ/UBKTTU", "27-TB/UBKTTU", "bao-cao-tu-kiem-tra.pdf");
        // the notice's link downloads the drafted PDF
        assertThat(browser.download("case-documents", "thong-bao-ket-luan-" + caseNumber + ".pdf")).startsWith("%PDF");
        assertThat(browser.driver.findElement(By.id("case-programme-item")).getText()).contains("Chương trình kiểm tra, giám sát năm");
        assertThat(browser.driver.findElement(By.id("case-notices")).getText()).contains("27-TB/UBKTTU");
        // the case's progress: the steps done with who did them, and bpmn-js's diagram with the path taken marked
        browser.wait.until(d -> d.findElement(By.id("case-diagram")).getAttribute("data-rendered") != null);
        assertThat(browser.driver.findElement(By.id("case-diagram")).getAttribute("data-error")).isNull();
        assertThat(browser.driver.findElements(By.cssSelector("#case-diagram .djs-element.ktgs-done")).size()).isGreaterThan(5);
        assertThat(browser.driver.findElement(By.id("case-checklist")).getText())
                .contains("✔ Quyết định, kế hoạch, đề cương", "✔ Ban hành thông báo kết luận, yêu cầu khắc phục");
        // the chair leaves a word for the team in the case's discussion
        browser.type("#comment-new textarea", "Đề nghị đoàn theo dõi việc triển khai hai nghị quyết đến hết quý I.");
        browser.click(By.id("comment-add"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-comments"), "Phạm Thị Thanh Nhiệm ·"));
        browser.shot("chair-4-case-page");
    }

    static final Pattern CASE_NUMBER = Pattern.compile("KTCH-\\d{4}-\\d+");

    /** The committee's row and the page's total on the on-time page, for the quarter of {@code due}. */
    record OnTime(int onTime, int notYetDue, String total) {
    }

    private OnTime onTime(LocalDate due) {
        browser.open("/remediation/on-time");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ontime-grid")));
        if (due.getYear() != VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant()).getYear()) {
            browser.chooseFromComboBox("ontime-year", String.valueOf(due.getYear()));
            browser.settle();
        }
        String quarter = List.of("Quý I", "Quý II", "Quý III", "Quý IV").get((due.getMonthValue() - 1) / 3);
        browser.chooseFromComboBox("ontime-quarter", quarter);
        browser.settle();
        String total = browser.driver.findElement(By.id("ontime-total")).getText();
        if (!browser.gridText("ontime-grid").contains(COMMITTEE)) {
            return new OnTime(0, 0, total);
        }
        // committee, on time, late, open and overdue, share, not yet due
        List<String> row = browser.row("ontime-grid", COMMITTEE, 6);
        return new OnTime(Integer.parseInt(row.get(1)), Integer.parseInt(row.get(5)), total);
    }
}
