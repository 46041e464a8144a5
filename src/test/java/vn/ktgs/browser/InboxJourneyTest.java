package vn.ktgs.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;

/**
 * The inbox as its people work it (issue #14): a team lead finds a case typed without tone marks, sorts, shares a
 * filter and gives the task to an inspector with a reason; the inspector sees the shared filter with its count in the
 * menu and names a substitute; the substitute works the task marked as standing in, and reads the inbox in English.
 */
class InboxJourneyTest extends JourneyTest {

    @Autowired CaseDriver driver;
    @Autowired JdbcTemplate jdbc;

    @Test
    void find_sort_share_give_and_stand_in() throws Exception {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B28");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", List.of("kiemtra1"), "reportDueDate", CaseDriver.today().plusDays(15)));
        String subjectPlain = Transliterator.getInstance("Latin-ASCII").transliterate(c.getSubjectName()).toLowerCase();
        try {
            browser.login("truongdoan");
            browser.type("#inbox-search input", subjectPlain + " bao cao giai trinh");
            browser.wait.until(d -> browser.gridText().contains(c.getCaseNumber()));
            // sorted by case number, newest first
            browser.click(By.xpath("//vaadin-grid-sorter[contains(., 'Số hồ sơ')]"));
            browser.click(By.xpath("//vaadin-grid-sorter[contains(., 'Số hồ sơ')]"));
            browser.settle();
            browser.shot("team-lead-5-inbox-search");

            // a filter shared with the committee
            browser.click(By.id("inbox-save-filter"));
            browser.type("#save-filter-name input", "Báo cáo " + c.getCaseNumber());
            browser.click(By.id("save-filter-share"));
            browser.click(By.id("save-filter-confirm"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-group-work"), "Báo cáo " + c.getCaseNumber() + " (1)"));

            // the row selected and given to an inspector of the team, with a reason
            // the search leaves one row: its box is the last one shown (a lazy grid shows no select-all box)
            WebElement box = browser.wait.until(d -> d.findElements(By.cssSelector("#inbox-grid vaadin-checkbox")).stream()
                    .filter(WebElement::isDisplayed).reduce((first, second) -> second).orElse(null));
            box.click();
            browser.click(By.id("inbox-assign-selected"));
            browser.chooseFromComboBox("reassign-assignee", "Kiểm", "kiemtra1");
            browser.type("#reassign-reason textarea", "Đồng chí Kiểm đã làm việc với đơn vị này năm trước.");
            browser.shot("team-lead-6-give-to-inspector");
            browser.click(By.id("reassign-confirm"));
            // given away, it leaves the team lead's inbox
            browser.wait.until(d -> !browser.gridText().contains(c.getCaseNumber()));
            browser.logout();

            // the inspector: the shared filter in the menu, the task assigned; a substitute named for the coming days
            browser.login("kiemtra1");
            // (the filter's entry sits folded under the inbox's: read the menu's text, shown or not)
            browser.wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('menu-group-work').textContent")).contains("Báo cáo " + c.getCaseNumber() + " (1)"));
            browser.open("/preferences");
            browser.chooseFromComboBox("substitute-person", "Tra", "kiemtra2");
            typeDate("substitute-from", CaseDriver.today());
            typeDate("substitute-to", CaseDriver.today().plusDays(3));
            browser.click(By.id("substitute-save"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("substitute-current"), "kiemtra2"));
            browser.logout();

            // the substitute sees it marked and opens it
            browser.login("kiemtra2");
            browser.type("#inbox-search input", c.getCaseNumber());
            browser.wait.until(d -> browser.gridText().contains("làm thay"));
            browser.openTaskOfCase(c.getCaseNumber(), "Báo cáo giải trình");
            assertThat(browser.driver.findElement(By.id("task-stand-in")).getText()).contains("Nguyễn Văn Kiểm");
            browser.shot("substitute-1-standing-in");

            // in English the inbox speaks English: menu, filters, columns and the step's name
            browser.open("/inbox");
            browser.click(By.xpath("//vaadin-button[normalize-space(.)='English']"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-group-work"), "Inbox"));
            browser.type("#inbox-search input", c.getCaseNumber());
            browser.wait.until(d -> browser.gridText().contains("Subject's explanatory report"));
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("Inbox", "Save this filter", "Due", "standing in", "Subject's explanatory report")
                    .doesNotContain("Hộp công việc", "Bộ lọc đã lưu", "Báo cáo giải trình của đối tượng", "làm thay", "Người thực hiện");
            browser.shot("substitute-2-inbox-in-english");
        } finally {
            jdbc.update("delete from substitute where username = 'kiemtra1'");
            jdbc.update("update app_user set locale = 'vi' where username = 'kiemtra2'");
        }
    }

    private void typeDate(String id, LocalDate date) {
        browser.type("#" + id + " input", date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.driver.findElement(By.cssSelector("#" + id + " input")).sendKeys(Keys.ENTER);
    }
}
