package vn.ktgs.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxService;

/**
 * Issue #4, UI figure: how long until the inbox of a user with N open tasks is interactive in headless
 * Chromium (navigation start → the first rows rendered in the lazily loaded grid), plus the JVM's heap
 * after the load. Writes target/benchmarks/ui.json. Needs /usr/bin/chromium and /usr/bin/chromedriver.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LoadGenerator.class)
class InboxUiBenchmarkTest {

    private static final int TASKS = Integer.getInteger("ktgs.bench.uiTasks", 1_000);
    private static final int RUNS = Integer.getInteger("ktgs.bench.uiRuns", 20);

    @LocalServerPort int port;
    @Autowired LoadGenerator generator;
    @Autowired InboxService inbox;
    @Autowired UserDirectory users;

    @AfterEach
    void stop() {
        generator.onlyApproval = false;
    }

    @Test
    void inbox_of_a_chair_with_many_tasks_becomes_interactive() throws Exception {
        // every case waits at the provincial standing board's approval: all of them in the chair's inbox
        generator.onlyApproval = true;
        generator.generate(TASKS, 11L, 4, "T01");
        long inInbox = inbox.count(users.loadUserByUsername("chunhiem"));
        assertThat(inInbox).isGreaterThanOrEqualTo(TASKS);

        double[] ms = InboxTiming.timeToInteractive("http://localhost:" + port, "chunhiem", "demo", RUNS);
        System.gc();
        long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        String line = String.format(Locale.ROOT, "{\"mode\":\"development (test)\",\"tasksInInbox\":%d,\"runs\":%d,%s,\"heapUsedAfterGcMb\":%d}",
                inInbox, RUNS, InboxTiming.json(ms), heapMb);
        System.out.println("BENCH | ui | " + line);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "ui.json"), line);
    }
}
