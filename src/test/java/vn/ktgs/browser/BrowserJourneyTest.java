package vn.ktgs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.*;
import org.openqa.selenium.*;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ktgs.kernel.VietnamTime;

/**
 * One journey in Debian's headless Chromium against the running application: an inspector proposes a
 * case, the chair approves it from the inbox, and the next step appears in the team lead's inbox.
 */
class BrowserJourneyTest extends JourneyTest {


    @Test
    void inspector_proposes_chair_approves_and_the_team_lead_gets_the_planning_step() throws Exception {
        browser.login("kiemtra1");
        browser.open("/inspection/new");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-subjectKind")));
        browser.chooseRadio("field-subjectKind", "Tổ chức đảng");
        browser.chooseFromComboBox("field-subjectOrg", "Sở Tài chính");
        browser.type("#field-title input", "Kiểm tra dấu hiệu vi phạm quản lý tài chính");
        browser.type("#field-content textarea", "Có dấu hiệu chi sai mục đích kinh phí hoạt động năm 2025, theo phản ánh của báo chí.");
        browser.chooseFromSelect("field-source", "Báo chí, dư luận");
        browser.chooseTag("field-proposedTeam", "Kiểm", "kiemtra1");
        browser.shot("inspector-1-proposal");
        browser.click(By.id("submit-proposal"));
        WebElement heading = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-heading")));
        String caseNumber = heading.getText().split(" ")[0];
        assertThat(caseNumber).startsWith("KTDH-");
        browser.logout();

        browser.login("chunhiem");
        browser.openTaskOfCase(caseNumber, "Duyệt đề xuất kiểm tra");
        browser.chooseRadio("field-decision", "Duyệt");
        browser.shot("chair-1-approval");
        browser.complete();
        browser.logout();

        browser.login("truongdoan");
        browser.wait.until(d -> browser.gridText().contains(caseNumber) && browser.gridText().contains("Lập kế hoạch"));
        assertThat(browser.gridText()).contains(caseNumber, "Lập kế hoạch, đoàn kiểm tra");
        // the plan starts from the team proposed, chosen from the committee's people
        browser.openTaskOfCase(caseNumber, "Lập kế hoạch, đoàn kiểm tra");
        browser.chooseFromComboBox("field-teamLead", "Đoàn", "truongdoan");
        assertThat(browser.driver.findElement(By.id("task-context")).getText()).contains("Duyệt đề xuất kiểm tra", "Phạm Thị Thanh Nhiệm");
        browser.shot("team-lead-1-plan-with-context");
        // the decision and the plan this step issues, previewed from what is typed: the PDF opens beside the page
        browser.type("#field-plan textarea", "Làm việc tại Sở Tài chính từ ngày thứ hai tuần sau.");
        browser.fillDate("reportDueDate", VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant()).plusDays(10));
        browser.click(By.id("preview-documents"));
        WebElement decision = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-DECISION")));
        assertThat(decision.getText()).matches("Quyết định kiểm tra \\d+-QĐ/UBKTTU \\(PDF\\)");
        assertThat(decision.getAttribute("target")).isEqualTo("_blank");
        assertThat(browser.driver.findElement(By.id("preview-PLAN")).getText()).startsWith("Kế hoạch kiểm tra");
        browser.shot("team-lead-4-document-preview");
    }

    @Test
    void a_wrong_password_says_so_without_saying_which_part_was_wrong() {
        browser.open("/login");
        browser.type("input[name='username']", "kiemtra1");
        browser.type("input[name='password']", "sai-mat-khau");
        browser.click(By.cssSelector("vaadin-button[slot='submit']"));
        browser.wait.until(ExpectedConditions.urlContains("error"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "const form = document.querySelector('vaadin-login-form'); return !!(form && form.error);")));
        assertThat(js.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.");
    }
}
