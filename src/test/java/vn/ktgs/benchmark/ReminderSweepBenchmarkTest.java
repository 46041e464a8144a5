package vn.ktgs.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.*;
import java.time.LocalDateTime;
import java.util.*;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.reminder.MailDispatcher;
import vn.ktgs.support.CaseDriver;

/**
 * Issue #4, reminder figure: N tasks fall due at the same moment; how long until every reminder has been
 * handed to the SMTP server (GreenMail), and that none went twice. Writes target/benchmarks/reminders.json.
 */
@Tag("benchmark")
@SpringBootTest
@Import({LoadGenerator.class, CaseDriver.class})
class ReminderSweepBenchmarkTest {

    private static final int TASKS = Integer.getInteger("ktgs.bench.dueTasks", 1_000);
    /**
     * "overdue" (default): a month later every line of the policy applies, 5 mails per task (2 overdue to the
     * standing board members who may claim it, 1 to the team leads, 2 escalations). "due-today": each task
     * assigned to one inspector and the clock on its due day, so one reminder ("due today") per task.
     */
    private static final String MODE = System.getProperty("ktgs.bench.reminders", "overdue");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired LoadGenerator generator;
    @Autowired CaseDriver driver;
    @Autowired MailDispatcher dispatcher;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        generator.onlyApproval = false;
        generator.assignees = null;
    }

    @Test
    void every_reminder_reaches_smtp_once() throws Exception {
        // all at the provincial committee's approval step: due 5 working days after today, 17:00
        generator.onlyApproval = true;
        boolean dueToday = "due-today".equals(MODE);
        if (dueToday) {
            generator.assignees = List.of("kiemtra1", "kiemtra2", "truongdoan");
        }
        long generateMs = generator.generate(TASKS, 7L, 4, "T01");
        int pendingBefore = jdbc.queryForObject("select count(*) from mail_outbox where status = 'PENDING'", Integer.class);
        if (dueToday) { // 08:00 in Vietnam on the day they all fall due
            java.time.Instant due = jdbc.queryForObject("select max(due_at) from inbox_task", java.sql.Timestamp.class).toInstant();
            CaseDriver.clockAt(VietnamTime.localDate(due).atTime(8, 0));
        } else {
            CaseDriver.clockAt(LocalDateTime.now().plusDays(30)); // everything overdue at once
        }
        long start = System.nanoTime();
        driver.runReminderSweep();
        long sweepMs = (System.nanoTime() - start) / 1_000_000;
        int queued = jdbc.queryForObject("select count(*) from mail_outbox where status = 'PENDING'", Integer.class) - pendingBefore;
        dispatcher.drain(); // what the scheduled dispatcher does: parallel senders, batches over one connection each
        long totalMs = (System.nanoTime() - start) / 1_000_000;
        // KTGS's own CPU for sending (the dispatcher's threads), apart from GreenMail receiving in this JVM
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long senderCpuMs = 0;
        for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(false, false)) {
            if (info.getThreadName().equals("mail-sender")) {
                senderCpuMs += threads.getThreadCpuTime(info.getThreadId()) / 1_000_000;
            }
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage m : received) {
            ids.add(m.getMessageID());
        }
        System.out.printf("BENCH | reminders | %s | %d due tasks | %d mails queued by the sweep in %d ms | all handed to SMTP after %d ms "
                + "| %d received, %d distinct | sender threads' CPU %d ms | generation %d ms%n", MODE, TASKS, queued, sweepMs, totalMs,
                received.length, ids.size(), senderCpuMs, generateMs);
        assertThat(ids).as("never twice").hasSize(received.length);
        assertThat(received.length).as("every reminder delivered").isGreaterThanOrEqualTo(queued);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "reminders.json"), String.format(Locale.ROOT,
                "{\"mode\":\"%s\",\"dueTasks\":%d,\"queued\":%d,\"sweepMs\":%d,\"untilAllSentMs\":%d,\"received\":%d,\"distinct\":%d,"
                + "\"senderCpuMs\":%d}", MODE, TASKS, queued, sweepMs, totalMs, received.length, ids.size(), senderCpuMs));
    }
}
