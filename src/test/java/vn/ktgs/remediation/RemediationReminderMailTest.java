package vn.ktgs.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.reminder.MailDispatcher;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/**
 * An overdue requirement goes through the reminder policy like any step: reminders to whoever must act (the
 * subject's contact and the inspectors), then the escalation to the chair and deputy, out through SMTP.
 */
@IntegrationTest
class RemediationReminderMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired CaseDriver driver;
    @Autowired MailDispatcher dispatcher;

    /**
     * A round sends the oldest due mails first: the mails other tests of this shared context left pending would use up
     * this test's rounds, so the outbox starts empty.
     */
    @org.junit.jupiter.api.BeforeEach
    void emptyOutbox(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        jdbc.update("delete from mail_outbox");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_overdue_requirement_reminds_the_subjects_contact_and_the_inspectors_then_escalates_to_the_chair() {
        CaseFile c = NoticeCases.withNotice(driver, "KCQ-B01", "21-TB/UBKTTU", LocalDate.of(2026, 3, 31));
        NoticeCases.planAccepted(driver, c);
        InboxTask report = driver.openTask(c.getId(), RemediationProcess.TASK_REPORT);

        // Thu 2/4: overdue since Tue 31/3 17:00 → "Quá hạn" to everyone who may act, nobody above yet
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 2, 8, 0));
        driver.runReminderSweep();
        dispatcher.dispatchDue();
        assertThat(recipients(report, "[KTGS] Quá hạn: Báo cáo kết quả khắc phục – hồ sơ " + c.getCaseNumber()))
                .containsExactlyInAnyOrder("lienhe@lamgiang.example", "kiemtra1@lamgiang.example", "kiemtra2@lamgiang.example",
                        "truongdoan@lamgiang.example");
        assertThat(recipients(report, "[KTGS] Cảnh báo quá hạn")).isEmpty();

        // Tue 7/4: five working days late → the chair and the deputy chair
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 7, 8, 0));
        driver.runReminderSweep();
        dispatcher.dispatchDue();
        assertThat(recipients(report, "[KTGS] Cảnh báo quá hạn"))
                .containsExactlyInAnyOrder("chunhiem@lamgiang.example", "phochunhiem@lamgiang.example");
        MimeMessage escalation = messages(report).stream().filter(m -> subject(m).startsWith("[KTGS] Cảnh báo quá hạn")).findFirst().orElseThrow();
        assertThat(text(escalation)).contains(c.getCaseNumber(), "Hạn: 31/03/2026 17:00", "/task/" + report.getTaskId());
    }

    private List<MimeMessage> messages(InboxTask task) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> text(m).contains(task.getTaskId())).toList();
    }

    private List<String> recipients(InboxTask task, String subjectPrefix) {
        return messages(task).stream().filter(m -> subject(m).startsWith(subjectPrefix)).map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
