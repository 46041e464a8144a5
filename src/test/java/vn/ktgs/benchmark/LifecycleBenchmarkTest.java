package vn.ktgs.benchmark;

import static vn.ktgs.support.CaseDriver.values;

import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.concurrent.*;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.document.DocumentDrafting;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.CaseDriver;

/**
 * Issue #4, second figure: complete case lifecycles per second (proposal → 6 user tasks → closed, the
 * "no violation" path) through KTGS's services (forms validated, step handlers, case rows, timeline,
 * projection) vs the same BPMN driven through the bare engine API (services tasks made no-ops, no case
 * rows). Same database, same history level. Writes target/benchmarks/lifecycle.json.
 */
@Tag("benchmark")
@SpringBootTest
@Import(CaseDriver.class)
class LifecycleBenchmarkTest {

    private static final int CASES = Integer.getInteger("ktgs.bench.lifecycles", 100);

    @Autowired CaseDriver driver;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired DocumentDrafting drafts;
    @Value("${ktgs.documents.drafting}") String drafting;

    @Test
    void lifecycles_per_second_through_ktgs_and_through_the_bare_engine() throws Exception {
        Deployment raw = deployRawCopy();
        try {
            List<String> lines = new ArrayList<>();
            for (int threads : new int[] {1, 4}) {
                runKtgs(10, threads); // warm-up
                runRaw(10, threads);
                awaitDrafts();
                Map<String, Long> before = serverCounters();
                long stepsMs = runKtgs(CASES, threads);
                long draftsMs = awaitDrafts(); // queued drafting: what was still to draft when the last step committed
                double ktgs = CASES * 1000.0 / stepsMs;
                double ktgsWithDrafts = CASES * 1000.0 / (stepsMs + draftsMs);
                Map<String, Long> between = serverCounters();
                double bare = CASES * 1000.0 / runRaw(CASES, threads);
                Map<String, Long> after = serverCounters();
                if (!before.isEmpty()) {
                    System.out.printf("BENCH | lifecycle | %d thread(s) | SQL statements per case: KTGS %s | bare engine %s%n", threads,
                            perCase(before, between), perCase(between, after));
                }
                System.out.printf("BENCH | lifecycle | %d thread(s) | KTGS %.1f cases/s | bare engine %.1f cases/s | KTGS cost per case %.2fx"
                        + " | with every document stored %.1f cases/s, %.2fx (drafting %s)%n",
                        threads, ktgs, bare, bare / ktgs, ktgsWithDrafts, bare / ktgsWithDrafts, drafting);
                lines.add(String.format(Locale.ROOT, "{\"threads\":%d,\"ktgsCasesPerSecond\":%.2f,\"engineCasesPerSecond\":%.2f,\"costRatio\":%.2f,"
                        + "\"ktgsWithDocumentsCasesPerSecond\":%.2f,\"costRatioWithDocuments\":%.2f,\"drafting\":\"%s\"}",
                        threads, ktgs, bare, bare / ktgs, ktgsWithDrafts, bare / ktgsWithDrafts, drafting));
            }
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "lifecycle.json"), "{\"cases\":" + CASES + ",\"runs\":" + lines + "}");
        } finally {
            repository.deleteDeployment(raw.getId(), true);
        }
    }

    /** Waits until every queued draft is stored (none in in-step drafting); returns how long that took. */
    private long awaitDrafts() throws InterruptedException {
        long start = System.nanoTime();
        drafts.drain();
        while (jdbc.queryForObject("select count(*) from document_draft where failed = false", Long.class) > 0) {
            Thread.sleep(20);
            drafts.drain();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long runKtgs(int count, int threads) throws Exception {
        // signed in once, as in the UI (a session keeps its user): the run measures the steps, not the sign-ins
        KtgsUser kiemtra1 = driver.user("kiemtra1");
        KtgsUser kiemtra2 = driver.user("kiemtra2");
        KtgsUser chunhiem = driver.user("chunhiem");
        KtgsUser truongdoan = driver.user("truongdoan");
        return timed(count, threads, i -> {
            CaseFile c = driver.proposeOrgInspection(kiemtra1, "KCQ-B" + String.format("%02d", 1 + i % 44));
            long id = c.getId();
            driver.complete(chunhiem, id, InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
            driver.complete(truongdoan, id, InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.", "teamLead", "truongdoan", "team", java.util.List.of(),
                    "reportDueDate", LocalDate.now().plusDays(20)));
            driver.complete(kiemtra2, id, InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                    "document", new vn.ktgs.casefile.UploadedFile("b.pdf", "application/pdf", "%PDF-1.4".getBytes())));
            driver.complete(kiemtra1, id, InspectionProcess.TASK_VERIFY, values("verification", "Xong."));
            driver.complete(truongdoan, id, InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Xong."));
            driver.complete(chunhiem, id, InspectionProcess.TASK_CONCLUSION, values("conclusion", "NO_VIOLATION",
                    "memberCount", 11, "votesFor", 11, "votesAgainst", 0, "votesAbstain", 0));
        });
    }

    private long runRaw(int count, int threads) throws Exception {
        return timed(count, threads, i -> {
            String instance = runtime.startProcessInstanceByKey("inspection-violation-bare", "BARE-" + UUID.randomUUID(),
                    Map.of("committeeOrg", "T01", "subjectOrg", "KCQ-B01", "proposer", "kiemtra1")).getId();
            List<Map<String, Object>> steps = List.of(Map.of("approved", true),
                    Map.of("reportDueDate", new Date(System.currentTimeMillis() + 86_400_000L * 20)), Map.of(), Map.of(), Map.of(),
                    Map.of("conclusion", "NO_VIOLATION"));
            for (Map<String, Object> vars : steps) {
                Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
                tasks.claim(task.getId(), "kiemtra1");
                tasks.complete(task.getId(), vars);
            }
        });
    }

    /** MySQL/MariaDB's own statement counters (empty elsewhere): what each lifecycle costs the database. */
    private Map<String, Long> serverCounters() {
        Map<String, Long> counters = new TreeMap<>();
        try {
            jdbc.query("show global status where Variable_name in ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit')",
                    rs -> {
                        counters.put(rs.getString(1).substring(4).toLowerCase(Locale.ROOT), rs.getLong(2));
                    });
        } catch (RuntimeException notMySql) {
            counters.clear();
        }
        return counters;
    }

    private static String perCase(Map<String, Long> from, Map<String, Long> to) {
        StringJoiner j = new StringJoiner(", ");
        from.forEach((k, v) -> j.add(String.format(Locale.ROOT, "%s %.1f", k, (to.get(k) - v) / (double) CASES)));
        return j.toString();
    }

    interface Case {
        void run(int i) throws Exception;
    }

    private static long timed(int count, int threads, Case body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            all.add(pool.submit(() -> {
                body.run(n);
                return null;
            }));
        }
        try {
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return Math.max(1, (System.nanoTime() - start) / 1_000_000);
    }

    /** The same model under another key, its service tasks doing nothing (they write KTGS rows). */
    private Deployment deployRawCopy() throws Exception {
        BpmnModelInstance model;
        try (var in = getClass().getResourceAsStream("/bpmn/inspection/inspection-violation.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        model.getModelElementsByType(Process.class).forEach(p -> p.setId("inspection-violation-bare"));
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            task.removeAttributeNs("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
            task.setCamundaExpression("${true}");
        }
        return repository.createDeployment().addModelInstance("inspection-violation-bare.bpmn", model).deploy();
    }
}
