package vn.ktgs.inspection;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: the secretary of cell KCQ-B01-C01 (user "bithu", password "demo"), who works the cell variant of a
 * compliance inspection. She holds the CHAIR grant of her cell: the cell has no inspection committee, and the
 * secretary presides over its meetings; and INSPECTOR, to follow up the cell's remediation. Runs after the demo
 * province, once.
 */
@Component
@Order(10)
@ConditionalOnProperty("ktgs.demo.enabled")
class CellSecretaryDemoUser implements ApplicationRunner {

    static final String USERNAME = "bithu";
    static final String CELL = "KCQ-B01-C01";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    CellSecretaryDemoUser(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer users = jdbc.queryForObject("select count(*) from app_user where username = ?", Integer.class, USERNAME);
        Long cellId = jdbc.query("select id from organization where code = ?", rs -> rs.next() ? rs.getLong(1) : null, CELL);
        if (users == null || users > 0 || cellId == null) {
            return;
        }
        jdbc.update("insert into app_user (username, password_hash, full_name, email, enabled) values (?, ?, ?, ?, ?)",
                USERNAME, passwords.encode("demo"), "Ngô Thị Bích Thu", USERNAME + "@lamgiang.example", true);
        Long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, USERNAME);
        jdbc.update("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)", userId, "CHAIR", cellId);
        // a cell has no inspection committee: its secretary also follows up remediation (remediation-followup offers
        // that to INSPECTOR of the committee organisation)
        jdbc.update("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)", userId, "INSPECTOR", cellId);
    }
}
