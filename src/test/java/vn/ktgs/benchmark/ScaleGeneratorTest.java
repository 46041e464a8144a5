package vn.ktgs.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #4's data generator as one command: fills the configured database (H2 in memory by default, or
 * the MySQL/MariaDB of KTGS_DB_URL with -Dtest.profiles=test,mysql) up to {@code -Dktgs.scale} times the
 * issue's province (1 = 100,000 members, 5,000 users, 20,000 open cases with 50,000 open tasks, 200,000
 * finished cases with history). Seeded; running it again on the same database tops up, adds nothing.
 * Writes target/benchmarks/generation.json.
 */
@Tag("benchmark")
@SpringBootTest
@Import({ScaleGenerator.class, LoadGenerator.class})
class ScaleGeneratorTest {

    private static final double SCALE = Double.parseDouble(System.getProperty("ktgs.scale", "0.05"));
    private static final long SEED = Long.getLong("ktgs.seed", 20261123L);

    @Autowired ScaleGenerator scale;
    @Autowired LoadGenerator inspections;
    @Autowired JdbcTemplate jdbc;

    @Test
    void fills_the_database_to_the_province_scale() throws Exception {
        ScaleGenerator.Scale target = ScaleGenerator.Scale.FULL.times(SCALE);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("scale", SCALE);
        long t = System.nanoTime();
        figures.put("membersAdded", scale.members(target.members(), SEED));
        figures.put("membersMs", lap(t));
        t = System.nanoTime();
        figures.put("usersAdded", scale.users(target.users(), SEED + 1));
        figures.put("usersMs", lap(t));
        t = System.nanoTime();
        int openInspections = count("select count(*) from case_file where proposed_by = 'loadgen' and status <> 'CLOSED'");
        int add = Math.max(0, target.openInspections() - openInspections);
        if (add > 0) {
            inspections.generate(add, SEED + 2 + openInspections, 4);
        }
        figures.put("inspectionsAdded", add);
        figures.put("inspectionsMs", lap(t));
        t = System.nanoTime();
        figures.put("remediationsAdded", scale.openRemediations(target.openRemediations(), target.requirementsPerNotice(), SEED + 3, 4));
        figures.put("remediationsMs", lap(t));
        t = System.nanoTime();
        figures.put("finishedAdded", scale.finished(target.finishedCases(), SEED + 4));
        figures.put("finishedMs", lap(t));

        figures.put("members", count("select count(*) from party_member"));
        figures.put("users", count("select count(*) from app_user"));
        figures.put("openCases", count("select count(*) from case_file where status not in ('CLOSED', 'REJECTED')"));
        figures.put("openTasks", count("select count(*) from ACT_RU_TASK"));
        figures.put("inboxRows", count("select count(*) from inbox_task"));
        figures.put("finishedProcessInstances", count("select count(*) from ACT_HI_PROCINST where END_TIME_ is not null"));
        figures.put("historicTasks", count("select count(*) from ACT_HI_TASKINST"));
        StringJoiner json = new StringJoiner(",", "{", "}");
        figures.forEach((k, v) -> json.add("\"" + k + "\":" + v));
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "generation.json"), json.toString());
        System.out.println(String.format(Locale.ROOT, "BENCH | generation | %s", json));

        assertThat((int) figures.get("members")).isGreaterThanOrEqualTo(target.members());
        assertThat((int) figures.get("users")).isGreaterThanOrEqualTo(target.users());
        assertThat((int) figures.get("openCases")).isGreaterThanOrEqualTo(target.openInspections() + target.openRemediations());
        assertThat((int) figures.get("openTasks")).isGreaterThanOrEqualTo(target.openTasks());
        assertThat((int) figures.get("inboxRows")).as("every open task projected").isEqualTo((int) figures.get("openTasks"));
        assertThat((int) figures.get("finishedProcessInstances")).isGreaterThanOrEqualTo(target.finishedCases());
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static long lap(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
