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
    void an_overdue_approval_reaches_the_standing_members_by_mail_in_vietnamese() throws Exception {
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 2, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra2", "KCQ-B02");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);
        // due Mon 9/3 17:00; on Tue 10/3 it is overdue
        CaseDriver.clockAt(LocalDateTime.of(2026, 3, 10, 8, 0));
        driver.runReminderSweep();
        dispatcher.dispatchDue();

        // the reminders (the request itself was mailed to the standing members when it opened)
        List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> text(m).contains(approval.getTaskId())).map(m -> (MimeMessage) m)
                .filter(m -> subject(m).startsWith("[KTGS] Quá hạn")).toList();
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

    private static String subject(Message message) {
        try {
            return message.getSubject();
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
        assertThat(waiting).hasSize(4).allSatisfy(m -> { // two reminders and the two requests the standing members got
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
                .hasSize(4);
    }

    @Autowired OutboxMailRepository mails;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void a_node_that_dies_holding_a_mail_loses_nothing_the_mail_goes_out_once_its_lease_expires() throws Exception {
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 5, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B22");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 13, 8, 0));
        driver.runReminderSweep();
        OutboxMail held = outbox.aboutTask(approval.getTaskId()).get(0);
        // another node leased this mail, then was killed before sending it
        java.time.Instant now = ClockUtil.getCurrentTime().toInstant();
        Integer claimed = tx.execute(s -> mails.lease(List.of(held.getId()), "a-dead-node", now.plus(java.time.Duration.ofMinutes(5)), now));
        assertThat(claimed).isEqualTo(1);

        dispatcher.dispatchDue();
        assertThat(delivered(held.getId())).as("leased by the dead node").isZero();
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 13, 8, 6));
        dispatcher.dispatchDue();
        assertThat(delivered(held.getId())).isEqualTo(1);
        assertThat(outbox.aboutTask(approval.getTaskId())).allMatch(m -> m.getStatus() == MailStatus.SENT);
        dispatcher.dispatchDue();
        assertThat(delivered(held.getId())).as("never twice").isEqualTo(1);
    }

    @Test
    void after_the_last_try_a_mail_is_failed_with_its_reason_and_an_administrator_can_send_it_again() throws Exception {
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 19, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra2", "KCQ-B23");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 27, 8, 0));
        driver.runReminderSweep();
        smtp.stop();
        LocalDateTime t = LocalDateTime.of(2026, 10, 27, 8, 0);
        for (int attempt = 0; attempt < 8; attempt++) {
            CaseDriver.clockAt(t);
            dispatcher.dispatchDue();
            t = t.plusHours(2);
        }
        assertThat(outbox.aboutTask(approval.getTaskId())).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MailStatus.FAILED);
            assertThat(m.getAttempts()).isEqualTo(8);
            assertThat(m.getLastError()).isNotBlank();
        });
        smtp.start();
        outbox.aboutTask(approval.getTaskId()).forEach(m -> outbox.retry(m.getId()));
        dispatcher.dispatchDue();
        assertThat(outbox.aboutTask(approval.getTaskId())).allMatch(m -> m.getStatus() == MailStatus.SENT);
    }

    private long delivered(long mailId) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return ("<ktgs-outbox-" + mailId + "@ktgs>").equals(((MimeMessage) m).getMessageID());
            } catch (Exception e) {
                return false;
            }
        }).count();
    }
}
