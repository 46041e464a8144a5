package vn.ktgs.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** Reminders leave through a real SMTP server (GreenMail); a failed send stays in the outbox and is retried. */
@IntegrationTest
class ReminderMailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired CaseDriver driver;
    @Autowired MailDispatcher dispatcher;
    @Autowired MailOutbox outbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void an_overdue_approval_reaches_the_standing_members_by_mail_in_vietnamese() throws Exception {
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 2, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra2", "KCQ-B02");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);
        // due Mon 9/3 17:00; on Tue 10/3 it is overdue
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 10, 8, 0));
        driver.runReminderSweep();
        dispatcher.dispatchDue();

        List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> text(m).contains(approval.getTaskId())).map(m -> (MimeMessage) m).toList();
        assertThat(mine).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactlyInAnyOrder("chunhiem@lamgiang.example", "phochunhiem@lamgiang.example");
        MimeMessage mail = mine.get(0);
        assertThat(mail.getSubject()).isEqualTo("[KTGS] Quá hạn: Duyệt đề xuất kiểm tra – hồ sơ " + c.getCaseNumber());
        String body = text(mail);
        assertThat(body).contains("Kính gửi đồng chí", c.getCaseNumber(), "Hạn: 09/03/2026 17:00",
                "http://localhost:8080/task/" + approval.getTaskId());
        assertThat(mail.getMessageID()).matches("<ktgs-outbox-\\d+@ktgs>");
        assertThat(outbox.aboutTask(approval.getTaskId())).allMatch(m -> m.getStatus() == MailStatus.SENT);
    }

    private static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_mail_that_cannot_be_sent_stays_in_the_outbox_and_goes_out_on_a_later_try() throws Exception {
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 2, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B03");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 10, 8, 0));
        driver.runReminderSweep();

        smtp.stop();
        dispatcher.dispatchDue();
        List<OutboxMail> waiting = outbox.aboutTask(approval.getTaskId());
        assertThat(waiting).hasSize(2).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getLastError()).isNotBlank();
            assertThat(m.getNextAttemptAt()).isAfter(ClockUtil.getCurrentTime().toInstant());
        });

        smtp.start();
        dispatcher.dispatchDue();
        assertThat(outbox.aboutTask(approval.getTaskId())).allMatch(m -> m.getStatus() == MailStatus.PENDING);

        // after the back-off the dispatcher tries again and the server takes both
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 10, 8, 5));
        dispatcher.dispatchDue();
        assertThat(outbox.aboutTask(approval.getTaskId())).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.SENT);
            assertThat(m.getAttempts()).isEqualTo(2);
        });
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> text(m).contains(approval.getTaskId())))
                .hasSize(2);
    }
}
