package vn.ktgs.benchmark;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.*;
import java.util.concurrent.*;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.remediation.RemediationProcess;
import vn.ktgs.remediation.RemediationService.RequirementDraft;
import vn.ktgs.remediation.RemediationService;

/**
 * Issue #4's province-scale load, deterministic from a seed, on top of the demo province: party members
 * and users with roles (batched SQL), open remediation follow-ups with several parallel tasks each (through
 * the engine, in parallel, so the runtime tables, the inbox projection and the case rows are exactly what
 * the application writes), and finished cases with their history (batched SQL in the rows the engine
 * writes at history level FULL: process, activity and task instances and variables, plus the case file and
 * its timeline), which no benchmark could wait for the engine to produce one lifecycle at a time.
 * Every step tops up to its target, so running it twice adds nothing.
 */
@TestComponent
public class ScaleGenerator {

    /** Targets; {@link #FULL} is the issue's: 100k members, 5k users, 20k open cases with 50k tasks, 200k finished. */
    public record Scale(int members, int users, int openInspections, int openRemediations, int requirementsPerNotice,
                        int finishedCases) {
        public static final Scale FULL = new Scale(100_000, 5_000, 10_000, 10_000, 4, 200_000);

        public Scale times(double f) {
            return new Scale((int) (members * f), (int) (users * f), (int) (openInspections * f), (int) (openRemediations * f),
                    requirementsPerNotice, (int) (finishedCases * f));
        }

        public int openTasks() {
            return openInspections + openRemediations * requirementsPerNotice;
        }
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Xuân", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam",
            "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Yến"};
    private static final String[][] STEPS = {
            {"StartEvent_Proposed", "startEvent", null},
            {InspectionProcess.TASK_APPROVE, "userTask", "Phê duyệt đề xuất kiểm tra"},
            {InspectionProcess.TASK_SET_PLAN, "userTask", "Lập kế hoạch, thành lập đoàn kiểm tra"},
            {InspectionProcess.TASK_SUBJECT_REPORT, "userTask", "Báo cáo giải trình của đối tượng"},
            {InspectionProcess.TASK_VERIFY, "userTask", "Thẩm tra, xác minh"},
            {InspectionProcess.TASK_RESULT_REPORT, "userTask", "Dự thảo báo cáo kết quả kiểm tra"},
            {InspectionProcess.TASK_CONCLUSION, "userTask", "Ghi nhận kết luận của Ủy ban Kiểm tra"},
            {"EndEvent_NoViolation", "noneEndEvent", null}};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CaseService cases;
    private final RemediationService remediation;
    private final RuntimeService runtime;
    private final PasswordEncoder passwords;
    private final jakarta.persistence.EntityManager entities;

    ScaleGenerator(JdbcTemplate jdbc, TransactionTemplate tx, CaseService cases, RemediationService remediation,
                   RuntimeService runtime, PasswordEncoder passwords, jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.jdbc = jdbc;
        this.tx = tx;
        this.cases = cases;
        this.remediation = remediation;
        this.runtime = runtime;
        this.passwords = passwords;
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** Party members in the cells and base organisations, up to {@code target} in all. */
    public int members(int target, long seed) {
        int missing = target - count("select count(*) from party_member");
        if (missing <= 0) {
            return 0;
        }
        List<long[]> orgs = jdbc.query("select id, coalesce(parent_id, id) from organization where level in ('CELL', 'BASE')",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        Random random = new Random(seed);
        List<Object[]> rows = new ArrayList<>(missing);
        for (int i = 0; i < missing; i++) {
            long[] org = orgs.get(random.nextInt(orgs.size()));
            rows.add(new Object[] {name(random), 1950 + random.nextInt(55), random.nextInt(20) == 0 ? "PROBATIONARY" : "FULL",
                    org[0], null, org[1]});
        }
        batched("insert into party_member (full_name, birth_year, status, org_id, posts, managing_org_id) values (?, ?, ?, ?, ?, ?)", rows);
        return missing;
    }

    /** Users up to {@code target}: inspectors and team leads of every committee, contacts of subject organisations. */
    public int users(int target, long seed) {
        int existing = count("select count(*) from app_user");
        int missing = target - existing;
        if (missing <= 0) {
            return 0;
        }
        List<Long> committees = jdbc.queryForList("select id from organization where has_committee = true", Long.class);
        List<Long> subjects = jdbc.queryForList("select id from organization where level in ('BASE', 'CELL')", Long.class);
        String hash = passwords.encode("demo");
        Random random = new Random(seed);
        List<Object[]> users = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            users.add(new Object[] {String.format("scale-%05d", existing + i), hash, name(random),
                    String.format("scale-%05d@ubkt.example", existing + i), true, "IMMEDIATE", "vi"});
        }
        batched("insert into app_user (username, password_hash, full_name, email, enabled, mail_mode, locale) values (?, ?, ?, ?, ?, ?, ?)", users);
        List<Long> ids = jdbc.queryForList("select id from app_user where username like 'scale-%' order by id desc limit " + missing, Long.class);
        List<Object[]> roles = new ArrayList<>();
        for (Long id : ids) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                roles.add(new Object[] {id, "INSPECTOR", committees.get(random.nextInt(committees.size()))});
            } else if (kind < 7) {
                long org = committees.get(random.nextInt(committees.size()));
                roles.add(new Object[] {id, "INSPECTOR", org});
                roles.add(new Object[] {id, "TEAM_LEAD", org});
            } else {
                roles.add(new Object[] {id, "CONTACT", subjects.get(random.nextInt(subjects.size()))});
            }
        }
        batched("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)", roles);
        return missing;
    }

    /**
     * Open cases whose conclusion notice has {@code requirements} requirements: the remediation follow-up
     * runs one report task per requirement in parallel (started past the plan step). Through the engine, 25 cases
     * per transaction.
     */
    public int openRemediations(int target, int requirements, long seed, int threads) throws Exception {
        int missing = target - count("select count(*) from case_file where status = 'REMEDIATION' and proposed_by = 'scalegen'");
        if (missing <= 0) {
            return 0;
        }
        List<Map<String, Object>> committees = jdbc.queryForList(
                "select id, code, path from organization where has_committee = true and level <> 'CENTRAL'");
        List<Map<String, Object>> subjects = jdbc.queryForList("select id, code, name, path from organization where level in ('BASE', 'CELL')");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> batches = new ArrayList<>();
        for (int from = 0; from < missing; from += 25) {
            int first = from;
            int size = Math.min(25, missing - from);
            batches.add(pool.submit(() -> tx.executeWithoutResult(s -> {
                Random random = new Random(seed + first);
                for (int i = 0; i < size; i++) {
                    openRemediation(committees.get(random.nextInt(committees.size())), subjects.get(random.nextInt(subjects.size())),
                            requirements, random);
                }
            })));
        }
        for (Future<?> batch : batches) {
            batch.get();
        }
        pool.shutdown();
        return missing;
    }

    private void openRemediation(Map<String, Object> committee, Map<String, Object> subject, int requirements, Random random) {
        CaseFile opened = cases.open(new CaseFile(InspectionProcess.KEY, "Kiểm tra (dữ liệu quy mô tỉnh)", "Sinh tự động cho đo tải.",
                ((Number) committee.get("id")).longValue(), committee.get("path").toString(), ((Number) subject.get("id")).longValue(), null,
                subject.get("name").toString(), subject.get("path").toString(), "DATA_ANALYSIS", null, "scalegen", ClockUtil.getCurrentTime().toInstant()), "TT");
        // some requirements fall due in the past (overdue tasks for the inbox and the sweep); the service refuses a
        // due date before the notice date, so those are issued as due today and moved back in SQL
        LocalDate today = VietnamTime.localDate(ClockUtil.getCurrentTime().toInstant());
        List<LocalDate> dues = new ArrayList<>();
        List<RequirementDraft> drafts = new ArrayList<>();
        for (int r = 1; r <= requirements; r++) {
            LocalDate due = today.plusDays(random.nextInt(120) - 20);
            dues.add(due);
            drafts.add(new RequirementDraft("Yêu cầu khắc phục số " + r, subject.get("code").toString(), due.isBefore(today) ? today : due));
        }
        var notice = remediation.issue(opened.getId(), opened.getCaseNumber() + "/TB", vn.ktgs.remediation.ConclusionOutcome.VIOLATION,
                "Có vi phạm (dữ liệu sinh tự động).", 9, 0, 0, drafts);
        for (int r = 0; r < requirements; r++) {
            if (dues.get(r).isBefore(today)) {
                jdbc.update("update remediation_requirement set due_date = ? where id = ?", java.sql.Date.valueOf(dues.get(r)),
                        notice.getRequirements().get(r).getId());
            }
        }
        entities.clear(); // the requirements are read again, with the dates just moved, when their tasks are created
        cases.moveTo(opened.getId(), CaseStatus.REMEDIATION);
        Map<String, Object> vars = new HashMap<>();
        vars.put(CaseVariables.CASE_ID, opened.getId());
        vars.put(CaseVariables.COMMITTEE_ORG, committee.get("code").toString());
        vars.put(CaseVariables.SUBJECT_ORG, subject.get("code").toString());
        vars.put(RemediationProcess.NOTICE_ID, notice.getId());
        vars.put(RemediationProcess.REQUIREMENT_IDS, new ArrayList<>(notice.getRequirements().stream().map(r -> r.getId()).toList()));
        // past the plan (accepted): one report task per requirement in parallel, the shape the benchmarks measure
        String instance = runtime.createProcessInstanceByKey(RemediationProcess.KEY).businessKey(opened.getCaseNumber())
                .setVariables(vars).setVariable(RemediationProcess.PLAN_ACCEPTED, true)
                .startBeforeActivity("SubProcess_Requirement#multiInstanceBody").execute().getId();
        cases.linkProcess(opened.getId(), instance);
    }

    /**
     * Finished "no violation" cases with their history, written as the engine would have written them:
     * one process instance, 8 activity instances, 6 task instances and 3 variables per case, plus the
     * case file (closed) and two timeline rows. Batched SQL, 1,000 cases per transaction.
     */
    public int finished(int target, long seed) {
        int missing = target - count("select count(*) from case_file where status = 'CLOSED' and proposed_by = 'scalegen'");
        if (missing <= 0) {
            return 0;
        }
        String definition = jdbc.queryForObject("select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc limit 1",
                String.class, InspectionProcess.KEY);
        List<Map<String, Object>> committees = jdbc.queryForList(
                "select id, code, path from organization where has_committee = true and level <> 'CENTRAL'");
        List<Map<String, Object>> subjects = jdbc.queryForList("select id, code, name, path from organization where level in ('BASE', 'CELL')");
        Random random = new Random(seed);
        Instant first = Instant.parse("2024-01-02T02:00:00Z");
        for (int done = 0; done < missing; done += 1_000) {
            int size = Math.min(1_000, missing - done);
            tx.executeWithoutResult(s -> {
                long nextId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from case_file", Long.class);
                List<Object[]> caseRows = new ArrayList<>();
                List<Object[]> events = new ArrayList<>();
                List<Object[]> processes = new ArrayList<>();
                List<Object[]> activities = new ArrayList<>();
                List<Object[]> taskRows = new ArrayList<>();
                List<Object[]> variables = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    long caseId = nextId + i;
                    Map<String, Object> committee = committees.get(random.nextInt(committees.size()));
                    Map<String, Object> subject = subjects.get(random.nextInt(subjects.size()));
                    String instance = uuid(random);
                    Instant start = first.plus(random.nextInt(1_000), ChronoUnit.DAYS).plusSeconds(random.nextInt(30_000));
                    Instant at = start;
                    String number = String.format("TT-%d-%06d", start.atZone(java.time.ZoneOffset.UTC).getYear(), caseId);
                    long sequence = 1;
                    for (String[] step : STEPS) {
                        Instant end = step[1].equals("userTask") ? at.plus(1 + random.nextInt(12), ChronoUnit.DAYS) : at;
                        String taskId = step[1].equals("userTask") ? uuid(random) : null;
                        String actInst = step[0] + ":" + uuid(random);
                        activities.add(new Object[] {actInst, instance, InspectionProcess.KEY, definition, instance, instance, instance,
                                step[0], taskId, step[2], step[1], ts(at), ts(end), end.toEpochMilli() - at.toEpochMilli(), sequence++,
                                ts(end.plus(3650, ChronoUnit.DAYS))});
                        if (taskId != null) {
                            taskRows.add(new Object[] {taskId, step[0], InspectionProcess.KEY, definition, instance, instance, instance,
                                    actInst, step[2], "scale-" + String.format("%05d", random.nextInt(5_000)), ts(at), ts(end),
                                    end.toEpochMilli() - at.toEpochMilli(), ts(at.plus(10, ChronoUnit.DAYS)), ts(end.plus(3650, ChronoUnit.DAYS))});
                        }
                        at = end;
                    }
                    processes.add(new Object[] {instance, instance, number, InspectionProcess.KEY, definition, ts(start), ts(at),
                            ts(at.plus(3650, ChronoUnit.DAYS)), at.toEpochMilli() - start.toEpochMilli(), "StartEvent_Proposed",
                            "EndEvent_NoViolation", instance});
                    variables.add(new Object[] {uuid(random), InspectionProcess.KEY, definition, instance, instance, instance, instance,
                            CaseVariables.CASE_ID, "long", ts(start), caseId, null, ts(at.plus(3650, ChronoUnit.DAYS))});
                    variables.add(new Object[] {uuid(random), InspectionProcess.KEY, definition, instance, instance, instance, instance,
                            CaseVariables.COMMITTEE_ORG, "string", ts(start), null, committee.get("code"), ts(at.plus(3650, ChronoUnit.DAYS))});
                    variables.add(new Object[] {uuid(random), InspectionProcess.KEY, definition, instance, instance, instance, instance,
                            CaseVariables.SUBJECT_ORG, "string", ts(start), null, subject.get("code"), ts(at.plus(3650, ChronoUnit.DAYS))});
                    caseRows.add(new Object[] {caseId, number, InspectionProcess.KEY, "Kiểm tra (lịch sử sinh tự động)", "Đã kết thúc.",
                            committee.get("id"), committee.get("path"), subject.get("id"), subject.get("name"), subject.get("path"),
                            "DATA_ANALYSIS", "CLOSED", "scalegen", instance, ts(start), ts(at)});
                    events.add(new Object[] {caseId, ts(start), "scalegen", null, null, "Đề xuất kiểm tra"});
                    events.add(new Object[] {caseId, ts(at), "scalegen", InspectionProcess.TASK_CONCLUSION, STEPS[6][2],
                            "Kết luận: không vi phạm; kết thúc hồ sơ"});
                }
                batched("insert into case_file (id, case_number, process_key, title, content, owner_org_id, owner_org_path, subject_org_id, "
                        + "subject_name, subject_org_path, source, status, proposed_by, process_instance_id, opened_at, closed_at, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", caseRows);
                batched("insert into case_event (case_id, at_time, actor, step_key, step_name, summary) values (?, ?, ?, ?, ?, ?)", events);
                batched("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, "
                        + "REMOVAL_TIME_, DURATION_, START_ACT_ID_, END_ACT_ID_, ROOT_PROC_INST_ID_, STATE_) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COMPLETED')", processes);
                batched("insert into ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
                        + "EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, SEQUENCE_COUNTER_, "
                        + "REMOVAL_TIME_, ACT_INST_STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4)", activities);
                batched("insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, "
                        + "EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DUE_DATE_, REMOVAL_TIME_, "
                        + "PRIORITY_, DELETE_REASON_, TASK_STATE_) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, 'completed', "
                        + "'Completed')", taskRows);
                batched("insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, "
                        + "ACT_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, LONG_, TEXT_, REMOVAL_TIME_, REV_, STATE_) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'CREATED')", variables);
            });
        }
        restartIdentity("case_file");
        return missing;
    }

    /** H2 does not move an identity column past ids inserted explicitly; MySQL does by itself. */
    private void restartIdentity(String table) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if ("H2".equalsIgnoreCase(product)) {
            long next = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from " + table, Long.class);
            jdbc.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private void batched(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 1_000) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 1_000));
            jdbc.batchUpdate(sql, chunk, chunk.size(), (PreparedStatement ps, Object[] row) -> {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof Timestamp t) {
                        ps.setTimestamp(i + 1, t, Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                    } else {
                        ps.setObject(i + 1, row[i]);
                    }
                }
            });
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String name(Random random) {
        return FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
    }
}
