package vn.ktgs.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.*;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.kernel.VietnamTime;

/**
 * A discipline from proposal to the appeal window, in Debian's headless Chromium: a provincial inspector opens a
 * review of a member of cell KCQ-B01-C01 proposing a warning, checks that no deferral applies, records the hearing
 * and the committee's secret ballot (votes for expulsion carried down to the warning), issues and announces the
 * decision; the case page shows the arithmetic and the open appeal window, and after the clock moves past it and
 * the timer fires, the window is shown closed.
 */
class DisciplineJourneyTest extends JourneyTest {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    /** The long vote form puts the button at the bottom, where the last step's notification sits: bring it up first. */
    private void complete() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('complete').scrollIntoView({block: 'center'})");
        browser.complete();
    }

    @Test
    void discipline_from_proposal_through_hearing_and_vote_to_decision_and_appeal_window() {
        String name = "Lê Văn Kỷ " + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.update("insert into party_member (full_name, birth_year, status, org_id, posts, managing_org_id) values (?, 1975, 'FULL', "
                + "(select id from organization where code = 'KCQ-B01-C01'), null, (select id from organization where code = 'T01'))", name);
        LocalDate today = VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant());

        browser.login("kiemtra1");
        browser.open("/discipline/new");
        browser.chooseRadio("field-subjectKind", "Đảng viên");
        browser.chooseFromComboBox("field-subjectMember", name);
        browser.chooseRadio("field-decidingBody", "Ủy ban kiểm tra");
        browser.chooseFromSelect("field-proposedForm", "Cảnh cáo");
        browser.chooseFromSelect("field-violations-0-kind", "Phẩm chất chính trị");
        browser.fill("violations-0-description", "Sử dụng xe công vào việc riêng nhiều lần, gây dư luận xấu.");
        browser.fillDate("violations-0-startDate", today.minusMonths(4));
        browser.click(By.id("submit-discipline"));
        String caseNumber = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-heading"))).getText().split(" ")[0];
        assertThat(caseNumber).startsWith("XLKL-");
        String casePage = browser.driver.getCurrentUrl();

        browser.open("/inbox");
        browser.openTaskOfCase(caseNumber, "Xem xét điều kiện");
        browser.chooseRadio("field-deferral", "Không thuộc");
        complete();

        browser.openTaskOfCase(caseNumber, "Gặp, nghe");
        browser.fillDate("hearingDate", today);
        browser.chooseRadio("field-attendance", "Có mặt");
        browser.fill("notes", "Đồng chí trình bày, thừa nhận khuyết điểm và xin được xem xét.");
        browser.fill("selfCriticism", "Tự nhận mức kỷ luật cảnh cáo.");
        complete();

        browser.openTaskOfCase(caseNumber, "Ghi kết quả bỏ phiếu kín");
        browser.fillDate("meetingDate", today);
        browser.fill("bodyMembers", "12");
        browser.fill("present", "11");
        browser.fill("votesExpulsion", "3");
        browser.fill("votesWarning", "4");
        browser.fill("votesReprimand", "2");
        browser.fill("votesNone", "2");
        complete();

        browser.openTaskOfCase(caseNumber, "Ban hành quyết định");
        browser.fill("decisionNumber", "31-QĐ/UBKTTU");
        browser.fillDate("decisionDate", today);
        browser.fillDate("announcedOn", today);
        complete();

        browser.driver.get(casePage);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discipline-ballot")));
        assertThat(browser.driver.findElement(By.id("discipline-ballot")).getText())
                .contains("Cảnh cáo: 4 + 3 (từ khai trừ) = 7 > 12/2: đạt", "Kết quả: Cảnh cáo");
        assertThat(browser.driver.findElement(By.id("discipline-appeal")).getText())
                .isEqualTo("Thời hạn khiếu nại: đến " + DMY.format(today.plusDays(30)) + ".");

        // the appeal window ends: the clock moves past it and the engine's timer fires
        ClockUtil.setCurrentTime(Date.from(VietnamTime.endOfDay(today.plusDays(31))));
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
        browser.driver.get(casePage);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("discipline-appeal")));
        assertThat(browser.driver.findElement(By.id("discipline-appeal")).getText()).startsWith("Đã hết thời hạn khiếu nại");
        assertThat(browser.driver.findElement(By.id("case-status")).getText()).isEqualTo("Đã đóng");
    }
}
