package vn.ktgs.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.MailMode;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** The reminder policy as data, the in-app list, the morning digest and the mail language. */
@IntegrationTest
class ReminderPolicyTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension smtp = new com.icegreen.greenmail.junit5.GreenMailExtension(
            com.icegreen.greenmail.util.ServerSetupTest.SMTP)
            .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired MailDispatcher dispatcher;

    @Autowired CaseDriver driver;
    @Autowired MailOutbox outbox;
    @Autowired UserDirectory users;
    @Autowired DigestService digests;
    @Autowired NotificationService notifications;
    @Autowired ReminderPolicyService policies;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        users.choose("phochunhiem", MailMode.IMMEDIATE, "vi");
    }

    /**
     * A decision waiting for the standing members is told to them when it opens: in the app, and by mail to who chose
     * immediate mails (the digest brings it to the others). A claim is not news to the one who claims; work offered to
     * a group of team leads waits in their inboxes.
     */
    @Test
    void the_standing_members_are_told_at_once_of_a_decision_waiting_for_them() {
        users.choose("phochunhiem", MailMode.DIGEST, "vi");
        CaseDriver.clockAt(LocalDateTime.of(2026, 9, 7, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B22");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);

        assertThat(notifications.aboutTask(approval.getTaskId())).extracting(Notification::getUsername, Notification::getLabel)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("chunhiem", "Chờ quyết định"),
                        org.assertj.core.groups.Tuple.tuple("phochunhiem", "Chờ quyết định"));
        assertThat(outbox.aboutTask(approval.getTaskId())).singleElement().satisfies(m -> {
            assertThat(m.getRecipientUser()).isEqualTo("chunhiem");
            assertThat(m.getSubject()).isEqualTo("[KTGS] Chờ quyết định: Duyệt đề xuất kiểm tra – hồ sơ " + c.getCaseNumber());
            assertThat(m.getBody()).contains("Hạn: 14/09/2026 17:00", "/task/" + approval.getTaskId());
        });

        driver.claim("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE);
        assertThat(notifications.aboutTask(approval.getTaskId())).noneMatch(n -> n.getLabel().equals("Được giao việc"));
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE"));
        assertThat(notifications.aboutTask(driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId())).isEmpty();
    }

    @Test
    void a_user_who_chose_the_digest_gets_one_english_morning_mail_instead_of_each_reminder() throws Exception {
        users.choose("phochunhiem", MailMode.DIGEST, "en");
        CaseDriver.clockAt(LocalDateTime.of(2026, 9, 7, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B21");
        InboxTask approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE);
        // due Mon 14/9; on Tue 15/9 one working day overdue
        CaseDriver.clockAt(LocalDateTime.of(2026, 9, 15, 8, 0));
        driver.runReminderSweep();

        // the reminders (the request itself was told when the step opened: see the next test)
        assertThat(outbox.aboutTask(approval.getTaskId())).filteredOn(m -> !m.getDedupeKey().startsWith("NEW_WORK:"))
                .extracting(OutboxMail::getRecipientUser).containsExactly("chunhiem");
        assertThat(notifications.aboutTask(approval.getTaskId())).filteredOn(n -> !n.getLabel().equals(NewWorkNotifier.DECISION))
                .extracting(Notification::getUsername).containsExactlyInAnyOrder("chunhiem", "phochunhiem");

        CaseDriver.clockAt(LocalDateTime.of(2026, 9, 16, 7, 0));
        assertThat(digests.sendDigests()).isPositive();
        assertThat(digests.sendDigests()).as("a second run the same morning").isZero();
        OutboxMail digest = outbox.withKeyPrefix("DIGEST:phochunhiem:2026-09-16").get(0);
        assertThat(digest.getSubject()).startsWith("[KTGS] Daily digest 16/09/2026");
        assertThat(digest.getBody()).contains("Dear Hoàng Tiến Phó", c.getCaseNumber(), "Duyệt đề xuất kiểm tra",
                "14/09/2026 17:00", "/task/" + approval.getTaskId());

        // through a real SMTP server: the chair's immediate Vietnamese mail and the deputy's English digest
        dispatcher.dispatchDue();
        var received = java.util.Arrays.stream(smtp.getReceivedMessages()).toList();
        assertThat(received).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("phochunhiem@lamgiang.example");
            assertThat(m.getSubject()).startsWith("[KTGS] Daily digest");
            assertThat(m.getContent().toString()).contains(c.getCaseNumber());
        });
        assertThat(received).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("chunhiem@lamgiang.example");
            assertThat(m.getSubject()).startsWith("[KTGS] Quá hạn: Duyệt đề xuất kiểm tra");
            assertThat(m.getContent().toString()).contains("Kính gửi đồng chí", "quá hạn 1 ngày làm việc");
        });
    }

    @Test
    void only_an_administrator_changes_the_policy_sensibly_and_every_change_is_audited() {
        ReminderPolicy dueToday = policies.all().stream().filter(p -> p.getOffsetDays() == 0).findFirst().orElseThrow();
        assertThatThrownBy(() -> policies.change(driver.user("chunhiem"), dueToday.getId(), 0, Recipients.ACTORS, "x", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policies.change(driver.user("admin"), dueToday.getId(), 1, Recipients.ACTORS, "Trùng", true))
                .isInstanceOf(FormValidationException.class);
        assertThatThrownBy(() -> policies.change(driver.user("admin"), dueToday.getId(), 99, null, "", true))
                .isInstanceOf(FormValidationException.class);
        policies.change(driver.user("admin"), dueToday.getId(), 0, Recipients.ACTORS, "Hôm nay đến hạn", true);
        try {
            assertThat(policies.history()).first().satisfies(a -> {
                assertThat(a.getActor()).isEqualTo("admin");
                assertThat(a.getDetail()).contains("Đến hạn hôm nay", "Hôm nay đến hạn");
            });
        } finally {
            policies.change(driver.user("admin"), dueToday.getId(), 0, Recipients.ACTORS, "Đến hạn hôm nay", true);
        }
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    void an_inbox_row_whose_task_vanished_is_dropped_and_never_reminded() {
        tx.executeWithoutResult(s -> jdbc.update("insert into inbox_task (task_id, process_instance_id, case_id, case_number, "
                + "subject_name, owner_org_path, process_key, task_key, task_name, due_at, created_at) "
                + "values ('gone-task', 'gone-instance', 1, 'KTDH-0', 'x', '/TW/T01/', 'inspection-violation', 'Task_Verify', "
                + "'Thẩm tra, xác minh', ?, ?)", java.sql.Timestamp.valueOf("2020-01-01 10:00:00"), java.sql.Timestamp.valueOf("2020-01-01 09:00:00")));
        driver.runReminderSweep();
        assertThat(jdbc.queryForObject("select count(*) from inbox_task where task_id = 'gone-task'", Integer.class)).isZero();
        assertThat(notifications.aboutTask("gone-task")).isEmpty();
    }
}
