package vn.ktgs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.*;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.ktgs.kernel.VietnamTime;

/**
 * A denunciation from the letter to the conclusion in headless Chromium, with the demo province's users: the clerk
 * registers a signed letter with new evidence against the province's bloc party committee (the demo data holds an
 * earlier one: the repeat is shown); the chair stores the minutes of the identity
 * meeting (sealed) and confirms the identity, approves the plan with the deputy chair as team lead; the deputy records
 * the explanation, verification and report; the chair records the vote (partly true); the deputy sends the result.
 * An inspector outside the team sees the case with the denouncer masked; the chair's access log lists the reads.
 */
class DenunciationJourneyTest extends JourneyTest {

    static final Pattern CASE_NUMBER = Pattern.compile("TC-\\d{4}-\\d{6}");


    @Test
    void a_letter_is_registered_resolved_and_concluded_with_the_denouncer_protected(@org.junit.jupiter.api.io.TempDir Path files) throws Exception {
        LocalDate today = VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant());
        String denouncer = "Lê Văn Tố " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path minutes = Files.write(files.resolve("bien-ban-gap-nguoi-to-cao.pdf"), "%PDF-1.4\n% biên bản\n".getBytes());

        browser.login("vanthu");
        browser.open("/denunciations/new");
        browser.fillDate("receivedOn", today);
        browser.chooseFromSelect("field-channel", "Nộp trực tiếp");
        browser.fill("signatories", "1");
        browser.chooseRadio("field-signed", "Ký tên trực tiếp");
        browser.chooseRadio("field-accusedKind", "Tổ chức đảng");
        browser.chooseFromComboBox("field-accusedOrg", "Khối cơ quan", "(KCQ)");
        browser.fill("content", "Ban Thường vụ Đảng ủy Khối chỉ định thầu sai quy định gói thầu sửa chữa trụ sở năm trước.");
        // the demo data already holds a letter against the bloc committee: this one brings new evidence
        browser.check("newEvidence");
        browser.fill("denouncerName", denouncer);
        browser.fill("denouncerAddress", "Số 12 phố Trần Phú, thành phố Lâm Giang");
        browser.fill("denouncerEmail", "le.van.to@nguoidan.example");
        browser.shot("clerk-1-letter-registration");
        browser.click(By.id("submit-denunciation"));
        // what registration will do is shown first; the clerk confirms it
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-complete")));
        assertThat(browser.driver.findElement(By.id("confirm-preview")).getText()).contains("Đơn sẽ được thụ lý");
        browser.shot("clerk-2-letter-preview");
        browser.click(By.id("confirm-complete"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denunciation-section")));
        // the confirmation's overlay may still cover the page as it opens (its text is not "shown"): read the heading's text
        browser.wait.until(d -> CASE_NUMBER.matcher(headingText()).find());
        String casePath = browser.driver.getCurrentUrl();
        Matcher number = CASE_NUMBER.matcher(headingText());
        assertThat(number.find()).isTrue();
        String caseNumber = number.group();
        assertThat(browser.driver.findElement(By.id("denunciation-outcome")).getText()).startsWith("Thụ lý giải quyết");
        assertThat(browser.driver.findElement(By.id("denunciation-repeat")).getText()).startsWith("Đã có đơn trước tố cáo cùng người");
        assertThat(browser.driver.findElement(By.id("denunciation-section")).getText()).doesNotContain(denouncer);
        browser.logout();

        // the chair stores the meeting's minutes sealed on the case page, then records the meeting
        browser.login("chunhiem");
        browser.driver.get(casePath);
        WebElement upload = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denunciation-minutes-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")).sendKeys(minutes.toAbsolutePath().toString());
        browser.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const u = document.getElementById('denunciation-minutes-upload'); return u.files.length === 0;")));
        browser.settle();
        browser.open("/inbox");
        browser.openTaskOfCase(caseNumber, "Gặp người tố cáo");
        browser.fillDate("meetingDate", today);
        browser.chooseRadio("field-confirmed", "Đã xác nhận");
        browser.complete();
        browser.openTaskOfCase(caseNumber, "Thường trực duyệt");
        browser.chooseRadio("field-approved", "Duyệt quyết định");
        browser.fill("plan", "Xác minh hồ sơ gói thầu, làm việc với Ban Thường vụ Đảng ủy Khối.");
        browser.chooseFromComboBox("field-teamLead", "Phó", "phochunhiem");
        browser.chooseTag("field-teamMembers", "Kiểm", "kiemtra1");
        browser.shot("chair-3-denunciation-team");
        browser.complete();
        browser.logout();

        browser.login("phochunhiem");
        browser.openTaskOfCase(caseNumber, "Người bị tố cáo giải trình");
        browser.fill("explanation", "Ban Thường vụ giải trình: chỉ định thầu do cấp bách.");
        browser.complete();
        browser.openTaskOfCase(caseNumber, "Thẩm tra, xác minh");
        browser.fill("findings", "Gói thầu vượt hạn mức chỉ định thầu.");
        browser.complete();
        browser.openTaskOfCase(caseNumber, "Báo cáo kết quả giải quyết");
        browser.fill("report", "Tố cáo đúng một phần: chỉ định thầu vượt hạn mức, không có vụ lợi.");
        browser.complete();
        browser.logout();

        browser.login("chunhiem");
        browser.openTaskOfCase(caseNumber, "Ủy ban biểu quyết");
        browser.fill("fullMembers", "9");
        browser.fill("votesFor", "7");
        browser.chooseRadio("field-conclusion", "Tố cáo đúng một phần");
        browser.complete();
        browser.logout();

        browser.login("phochunhiem");
        browser.openTaskOfCase(caseNumber, "Thông báo kết quả");
        browser.fill("summary", "Nội dung tố cáo đúng một phần; Ủy ban đã yêu cầu Ban Thường vụ rút kinh nghiệm.");
        browser.complete();
        // the team lead sees the identity behind the button
        browser.driver.get(casePath);
        WebElement show = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denunciation-show-identity")));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", show);
        browser.click(By.id("denunciation-show-identity"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("denunciation-identity-shown"), denouncer));
        assertThat(browser.driver.findElement(By.id("denunciation-section")).getText()).contains("tố cáo đúng một phần");
        browser.logout();

        // an inspector outside the team: the closed case, the denouncer masked
        browser.login("kiemtra2");
        browser.driver.get(casePath);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denunciation-section")));
        String page = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains(caseNumber, "***", "Thông báo kết quả giải quyết tố cáo").doesNotContain(denouncer, "le.van.to@");
        assertThat(browser.driver.findElements(By.id("denunciation-show-identity"))).isEmpty();
        browser.logout();

        // the chair's access log: the sending of the result and the team lead's viewing
        browser.login("chunhiem");
        browser.open("/denunciations/identity-reads");
        browser.wait.until(d -> browser.gridText("identity-reads").contains(caseNumber));
        assertThat(browser.gridText("identity-reads")).contains("phochunhiem", "gửi kết quả cho người tố cáo", "xem trên trang hồ sơ");
    }

    private String headingText() {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "const h = document.getElementById('case-heading'); return h ? h.textContent : ''"));
    }
}
