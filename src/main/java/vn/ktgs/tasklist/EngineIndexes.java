package vn.ktgs.tasklist;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema lacks for our load. Completing a task looks up sub-tasks by
 * {@code ACT_RU_TASK.PARENT_TASK_ID_}, which has no index in 7.24's MySQL schema: with thousands of open
 * tasks every completion scans the table (stack.md: 6× slower at 50,000 tasks). Created after the engine
 * made its tables; a second node racing to create it just finds it there.
 */
@Component
@Order(-1)
class EngineIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    EngineIndexes(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureIndex("ACT_RU_TASK", "PARENT_TASK_ID_", "KTGS_IDX_TASK_PARENT");
    }

    void ensureIndex(String table, String column, String name) {
        try (Connection c = dataSource.getConnection()) {
            if (hasIndexOn(c, table, column)) {
                return;
            }
            jdbc.execute("create index " + name + " on " + table + " (" + column + ")");
            log.info("Created index {} on {}({})", name, table, column);
        } catch (Exception e) {
            log.info("Index {} not created ({}); another node may have created it", name, e.getMessage());
        }
    }

    private static boolean hasIndexOn(Connection c, String table, String column) throws SQLException {
        for (String t : new String[] {table, table.toLowerCase()}) {
            try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, t, false, false)) {
                while (rs.next()) {
                    if (column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
