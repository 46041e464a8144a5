package vn.ktgs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.*;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.*;
import org.openqa.selenium.*;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ktgs.support.HeadlessChromium;

/**
 * One journey in Debian's headless Chromium against the running application: an inspector proposes a
 * case, the chair approves it from the inbox, and the next step appears in the team lead's inbox.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTest {

    @LocalServerPort int port;
    WebDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = HeadlessChromium.start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws Exception {
        if (driver != null) {
            Path shot = Path.of("target", "browser-" + test.getTestMethod().orElseThrow().getName() + ".png");
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.quit();
        }
    }

    @Test
    void inspector_proposes_chair_approves_and_the_team_lead_gets_the_planning_step() {
        login("kiemtra1");
        driver.get(url("/inspection/new"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("field-subjectKind")));
        chooseRadio("field-subjectKind", "Tổ chức đảng");
        chooseFromComboBox("field-subjectOrg", "Sở Tài chính");
        type("#field-title input", "Kiểm tra dấu hiệu vi phạm quản lý tài chính");
        type("#field-content textarea", "Có dấu hiệu chi sai mục đích kinh phí hoạt động năm 2025, theo phản ánh của báo chí.");
        chooseFromSelect("field-source", "Báo chí, dư luận");
        click(By.id("submit-proposal"));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-heading")));
        String caseNumber = heading.getText().split(" ")[0];
        assertThat(caseNumber).startsWith("KTDH-");
        logout();

        login("chunhiem");
        openTaskOfCase(caseNumber, "Duyệt đề xuất kiểm tra");
        chooseRadio("field-decision", "Duyệt");
        click(By.id("complete"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-grid")));
        logout();

        login("truongdoan");
        wait.until(d -> gridText().contains(caseNumber) && gridText().contains("Lập kế hoạch"));
        assertThat(gridText()).contains(caseNumber, "Lập kế hoạch, đoàn kiểm tra");
    }

    @Test
    void a_wrong_password_says_so_without_saying_which_part_was_wrong() {
        driver.get(url("/login"));
        type("input[name='username']", "kiemtra1");
        type("input[name='password']", "sai-mat-khau");
        click(By.cssSelector("vaadin-button[slot='submit']"));
        wait.until(ExpectedConditions.urlContains("error"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "const form = document.querySelector('vaadin-login-form'); return !!(form && form.error);")));
        assertThat(js.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(String username) {
        driver.get(url("/login"));
        type("input[name='username']", username);
        type("input[name='password']", "demo");
        click(By.cssSelector("vaadin-button[slot='submit']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("current-user"), username));
    }

    private void logout() {
        click(By.id("logout"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
    }

    private void openTaskOfCase(String caseNumber, String step) {
        wait.until(d -> gridText().contains(caseNumber));
        List<WebElement> cells = driver.findElements(By.tagName("vaadin-grid-cell-content"));
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).getText().equals(caseNumber)) {
                // the row's "open" button sits five cells to the right of the case number
                cells.get(i + 5).findElement(By.tagName("vaadin-button")).click();
                break;
            }
        }
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), step));
    }

    private String gridText() {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void chooseRadio(String fieldId, String labelStart) {
        wait.until(d -> d.findElements(By.cssSelector("#" + fieldId + " vaadin-radio-button")).size() > 0);
        for (WebElement radio : driver.findElements(By.cssSelector("#" + fieldId + " vaadin-radio-button"))) {
            if (radio.getText().startsWith(labelStart)) {
                radio.findElement(By.tagName("input")).click();
                return;
            }
        }
        throw new AssertionError("no radio " + labelStart + " in " + fieldId);
    }

    private void chooseFromComboBox(String fieldId, String text) {
        // the lookup may appear only after the choice before it (showWhen): wait for the server round trip
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(text);
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-combo-box-item")));
        item.click();
        wait.until(d -> !driver.findElement(By.cssSelector("#" + fieldId + " input")).getAttribute("value").isBlank());
    }

    private void chooseFromSelect(String fieldId, String text) {
        click(By.id(fieldId));
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[contains(., '" + text + "')]")));
        item.click();
    }
}
