package vn.ktgs.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.*;
import java.util.*;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxService;

/**
 * Issue #4, first figure: the inbox (first page of 50 by due date, with the count) through KTGS's
 * projection vs Camunda's own TaskQuery for the same tasks ("assigned to me OR offered to my groups").
 * Not a test of speed: it measures and writes target/benchmarks/inbox.json; see docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
@Import(LoadGenerator.class)
class InboxBenchmarkTest {

    private static final int CASES = Integer.getInteger("ktgs.bench.cases", 2_000);
    private static final int WARMUP = 30;
    private static final int RUNS = Integer.getInteger("ktgs.bench.runs", 200);

    @Autowired LoadGenerator generator;
    @Autowired InboxService inbox;
    @Autowired TaskService tasks;
    @Autowired UserDirectory users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void inbox_latency_against_camunda_task_query() throws Exception {
        int openBefore = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
        long generateMs = CASES > 0 ? generator.generate(CASES, 4_2L, 4) : 0;
        int open = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String username : List.of("kiemtra1", "truongdoan", "chunhiem")) {
            KtgsUser user = users.loadUserByUsername(username);
            List<String> groups = user.candidateGroups();
            Supplier<Integer> ktgs = () -> inbox.inbox(user, 0, 50).size() + (int) Math.min(1, inbox.count(user));
            Supplier<Integer> camunda = () -> tasks.createTaskQuery().or().taskAssignee(username).taskCandidateGroupIn(groups)
                    .endOr().orderByDueDate().asc().listPage(0, 50).size()
                    + (int) Math.min(1, tasks.createTaskQuery().or().taskAssignee(username).taskCandidateGroupIn(groups).endOr().count());
            // the same tasks: both read the same open tasks for this user
            assertThat(inbox.count(user)).isEqualTo(
                    tasks.createTaskQuery().or().taskAssignee(username).taskCandidateGroupIn(groups).endOr().count());
            double[] k = measure(ktgs);
            double[] c = measure(camunda);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("user", username);
            row.put("tasksInInbox", inbox.count(user));
            row.put("ktgs_p50_ms", k[0]);
            row.put("ktgs_p95_ms", k[1]);
            row.put("ktgs_p99_ms", k[2]);
            row.put("taskquery_p50_ms", c[0]);
            row.put("taskquery_p95_ms", c[1]);
            row.put("taskquery_p99_ms", c[2]);
            row.put("ratio_p95", Math.round(k[1] / c[1] * 100) / 100.0);
            rows.add(row);
            System.out.printf("BENCH | inbox | %-10s | %6d tasks | KTGS p50 %.1f p95 %.1f p99 %.1f ms | TaskQuery p50 %.1f p95 %.1f p99 %.1f ms | ratio p95 %.2f%n",
                    username, inbox.count(user), k[0], k[1], k[2], c[0], c[1], c[2], k[1] / c[1]);
        }
        String db = jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'ACT_GE_PROPERTY' "
                + "or table_name = 'act_ge_property'", Integer.class) > 0 ? databaseName() : "unknown";
        String json = "{\"database\":\"" + db + "\",\"casesGenerated\":" + CASES + ",\"generateMs\":" + generateMs
                + ",\"openTasksBefore\":" + openBefore + ",\"openTasks\":" + open + ",\"runs\":" + RUNS + ",\"users\":"
                + rows.stream().map(InboxBenchmarkTest::toJson).toList() + "}";
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "inbox.json"), json);
        System.out.println("BENCH | generated " + CASES + " cases in " + generateMs + " ms; open tasks " + open + " (" + db + ")");
    }

    private String databaseName() throws Exception {
        try (var c = jdbc.getDataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static String toJson(Map<String, Object> row) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        row.forEach((k, v) -> j.add("\"" + k + "\":" + (v instanceof String ? "\"" + v + "\"" : v)));
        return j.toString();
    }

    private static double[] measure(Supplier<Integer> query) {
        return Percentiles.of(query, WARMUP, RUNS);
    }
}
