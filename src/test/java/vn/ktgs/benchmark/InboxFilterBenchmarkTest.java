package vn.ktgs.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxFilter;
import vn.ktgs.tasklist.InboxService;

/**
 * Issue #14: the inbox's first page of 50 plus its count for each filter and for a search, through KTGS's projection,
 * beside Camunda's TaskQuery doing the same filter in the same run ("assigned to me OR offered to my groups" plus the
 * condition). Camunda has no tone-mark-free search: its nearest is a LIKE on the case number (the business key), which
 * finds less. Not a test of speed: it prints and writes target/benchmarks/inbox-filters.json; see docs/benchmarks.md.
 */
@Tag("benchmark")
@SpringBootTest
@Import(LoadGenerator.class)
class InboxFilterBenchmarkTest {

    private static final int CASES = Integer.getInteger("ktgs.bench.cases", 2_000);
    private static final int WARMUP = 20;
    private static final int RUNS = Integer.getInteger("ktgs.bench.runs", 100);

    @Autowired LoadGenerator generator;
    @Autowired InboxService inbox;
    @Autowired TaskService tasks;
    @Autowired UserDirectory users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void each_filter_and_a_search_against_camunda_task_query() throws Exception {
        if (CASES > 0) {
            generator.generate(CASES, 14L, 4);
        }
        int open = jdbc.queryForObject("select count(*) from ACT_RU_TASK", Integer.class);
        String username = System.getProperty("ktgs.bench.user", "kiemtra1");
        KtgsUser user = users.loadUserByUsername(username);
        List<String> groups = user.candidateGroups();
        Date now = Date.from(Instant.now());
        Date weekEnd = Date.from(InboxFilter.endOfWeek(Instant.now())); // to Sunday, as the inbox's filter
        String someCase = inbox.inbox(user, InboxFilter.everything(), 0, 1).get(0).caseNumber(); // one of the user's own
        String prefix = someCase.substring(0, someCase.lastIndexOf('-') + 4); // e.g. "KTDH-2026-000": many cases

        Map<String, InboxFilter> ktgs = new LinkedHashMap<>();
        Map<String, Supplier<TaskQuery>> camunda = new LinkedHashMap<>();
        InboxFilter all = InboxFilter.everything();
        ktgs.put("all", all);
        camunda.put("all", () -> mine(username, groups));
        ktgs.put("mine", all.withScope(InboxFilter.Scope.MINE));
        camunda.put("mine", () -> tasks.createTaskQuery().taskAssignee(username));
        ktgs.put("overdue", all.withDue(InboxFilter.Due.OVERDUE));
        camunda.put("overdue", () -> mine(username, groups).dueBefore(now));
        ktgs.put("due this week", all.withDue(InboxFilter.Due.THIS_WEEK));
        camunda.put("due this week", () -> mine(username, groups).dueAfter(now).dueBefore(weekEnd));
        ktgs.put("procedure", all.withProcess("inspection-violation"));
        camunda.put("procedure", () -> mine(username, groups).processDefinitionKey("inspection-violation"));
        ktgs.put("search '" + prefix + "'", all.withSearch(prefix));
        camunda.put("search '" + prefix + "'", () -> mine(username, groups).processInstanceBusinessKeyLike("%" + prefix + "%"));
        ktgs.put("search 'dang bo so'", all.withSearch("dang bo so"));

        List<String> rows = new ArrayList<>();
        for (var e : ktgs.entrySet()) {
            InboxFilter f = e.getValue();
            long found = inbox.count(user, f);
            double[] k = measure(() -> inbox.inbox(user, f, 0, 50).size() + (int) Math.min(1, inbox.count(user, f)));
            Supplier<TaskQuery> q = camunda.get(e.getKey());
            double[] c = q == null ? null : measure(() -> q.get().orderByDueDate().asc().listPage(0, 50).size() + (int) Math.min(1, q.get().count()));
            String line = String.format(Locale.ROOT, "%-26s | %6d found | KTGS p50 %.1f p95 %.1f ms | TaskQuery %s", e.getKey(), found, k[0], k[1],
                    c == null ? "(no equivalent: no tone-mark-free search)" : String.format(Locale.ROOT, "p50 %.1f p95 %.1f ms (%d found)", c[0], c[1], q.get().count()));
            System.out.println("BENCH | inbox-filter | " + username + " | " + line);
            rows.add("{\"filter\":\"" + e.getKey().replace("'", "") + "\",\"found\":" + found + ",\"ktgs_p50_ms\":" + k[0] + ",\"ktgs_p95_ms\":" + k[1]
                    + (c == null ? "" : ",\"taskquery_p50_ms\":" + c[0] + ",\"taskquery_p95_ms\":" + c[1]) + "}");
        }
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "inbox-filters.json"),
                "{\"openTasks\":" + open + ",\"user\":\"" + username + "\",\"runs\":" + RUNS + ",\"filters\":" + rows + "}");
        System.out.println("BENCH | inbox-filter | open tasks " + open);
    }

    private TaskQuery mine(String username, List<String> groups) {
        return tasks.createTaskQuery().or().taskAssignee(username).taskCandidateGroupIn(groups).endOr();
    }

    private static double[] measure(Supplier<Integer> query) {
        return Percentiles.of(query, WARMUP, RUNS);
    }
}
