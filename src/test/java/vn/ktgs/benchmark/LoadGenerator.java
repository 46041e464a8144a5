package vn.ktgs.benchmark;

import java.time.LocalDate;
import java.util.*;
import java.util.concurrent.*;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.VietnamTime;

/**
 * Fills the database with open inspection cases through the engine (deterministic from a seed), spread
 * over every committee of the demo province and over the first three steps, part of them claimed.
 * Batches of 50 cases per transaction on a few threads.
 */
@TestComponent
public class LoadGenerator {

    private final CaseService cases;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TransactionTemplate tx;
    private final JdbcTemplate jdbc;
    /** Keep every case at the approval step (the reminder benchmark wants the same recipients everywhere). */
    volatile boolean onlyApproval;
    /** When set (with onlyApproval), each approval task is assigned to one of these users. */
    volatile List<String> assignees;

    LoadGenerator(CaseService cases, RuntimeService runtime, TaskService tasks, TransactionTemplate tx, JdbcTemplate jdbc) {
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    record Committee(long id, String code, String path) {
    }

    /** Opens {@code count} cases; returns the elapsed milliseconds. */
    public long generate(int count, long seed, int threads) throws Exception {
        return generate(count, seed, threads, null);
    }

    /** As {@link #generate(int, long, int)}, only for the committee with this code when it is not null. */
    public long generate(int count, long seed, int threads, String onlyCommittee) throws Exception {
        List<Committee> committees = jdbc.query("select id, code, path from organization where has_committee = true and level <> 'CENTRAL'",
                (rs, i) -> new Committee(rs.getLong(1), rs.getString(2), rs.getString(3))).stream()
                .filter(c -> onlyCommittee == null || c.code().equals(onlyCommittee)).toList();
        List<Map<String, Object>> subjects = jdbc.queryForList("select id, code, name, path from organization where level in ('BASE', 'CELL')");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> batches = new ArrayList<>();
        int batch = 50;
        for (int from = 0; from < count; from += batch) {
            int start = from;
            int size = Math.min(batch, count - from);
            batches.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                Random random = new Random(seed + start);
                for (int i = 0; i < size; i++) {
                    openOne(committees.get(random.nextInt(committees.size())), subjects, random);
                }
            })));
        }
        for (Future<?> f : batches) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void openOne(Committee committee, List<Map<String, Object>> subjects, Random random) {
        Map<String, Object> subject = subjects.stream().filter(s -> s.get("path").toString().startsWith(committee.path()))
                .skip(random.nextInt(3)).findFirst().orElse(subjects.get(random.nextInt(subjects.size())));
        CaseFile draft = new CaseFile(InspectionProcess.KEY, "Kiểm tra (dữ liệu thử tải)", "Nội dung sinh tự động cho đo tải.",
                committee.id(), committee.path(), ((Number) subject.get("id")).longValue(), null, subject.get("name").toString(),
                subject.get("path").toString(), "DATA_ANALYSIS", null, "loadgen", ClockUtil.getCurrentTime().toInstant());
        CaseFile opened = cases.open(draft, "TT");
        Map<String, Object> vars = new HashMap<>();
        vars.put(CaseVariables.CASE_ID, opened.getId());
        vars.put(CaseVariables.COMMITTEE_ORG, committee.code());
        vars.put(CaseVariables.SUBJECT_ORG, subject.get("code").toString());
        String instance = runtime.startProcessInstanceByKey(InspectionProcess.KEY, opened.getCaseNumber(), vars).getId();
        int stage = onlyApproval ? 0 : random.nextInt(100);
        if (stage >= 60) { // approved and planned: waiting for the subject's report
            complete(instance, Map.of(InspectionProcess.APPROVED, true));
            complete(instance, Map.of(InspectionProcess.REPORT_DUE_DATE,
                    java.util.Date.from(VietnamTime.endOfDay(LocalDate.now().plusDays(random.nextInt(40) - 10)))));
        }
        if (stage >= 85) { // report in: verification
            complete(instance, Map.of());
        }
        if (onlyApproval && assignees != null) {
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            tasks.setAssignee(task.getId(), assignees.get(random.nextInt(assignees.size())));
        }
        if (!onlyApproval && random.nextInt(100) < 20) { // a fifth claimed by someone
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            tasks.setAssignee(task.getId(), random.nextBoolean() ? "kiemtra1" : "loadgen-" + random.nextInt(200));
        }
    }

    private void complete(String instance, Map<String, Object> vars) {
        Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        tasks.complete(task.getId(), vars);
    }
}
