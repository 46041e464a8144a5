package vn.ktgs.organization;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.*;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.kernel.TextFold;

/** Loads the demo province and demo users once (demo profile only), with batched JDBC so it takes seconds. */
@Component
@Order(0)
@ConditionalOnProperty("ktgs.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Demo users: user name, full name, roles as ROLE@orgCode. Password "demo". */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"admin", "Quản trị hệ thống", "ADMIN@T01"},
            new String[] {"vanthu", "Lê Thị Văn Thư", "CLERK@T01"},
            new String[] {"kiemtra1", "Nguyễn Văn Kiểm", "INSPECTOR@T01"},
            new String[] {"kiemtra2", "Trần Thị Tra", "INSPECTOR@T01"},
            new String[] {"truongdoan", "Phạm Đức Đoàn", "TEAM_LEAD@T01", "INSPECTOR@T01"},
            new String[] {"chunhiem", "Phạm Thị Thanh Nhiệm", "CHAIR@T01", "COMMITTEE_MEMBER@T01"},
            new String[] {"phochunhiem", "Hoàng Tiến Phó", "DEPUTY_CHAIR@T01", "COMMITTEE_MEMBER@T01"},
            new String[] {"xa.kiemtra", "Võ Văn Xã", "INSPECTOR@X01", "TEAM_LEAD@X01"},
            new String[] {"xa.chunhiem", "Đặng Thị Hòa", "CHAIR@X01"},
            new String[] {"lienhe", "Bùi Minh Liên", "CONTACT@KCQ-B01"});

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final long seed;

    DemoDataLoader(JdbcTemplate jdbc, PasswordEncoder passwordEncoder, TransactionTemplate tx,
                   @Value("${ktgs.demo.seed:20261123}") long seed) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from organization", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> load(new DemoProvince(seed)));
        log.info("Demo province loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(DemoProvince province) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        Map<String, String> committeeOf = new HashMap<>();
        for (DemoProvince.OrgSpec org : province.orgs) {
            String path = (org.parentCode() == null ? "/" : paths.get(org.parentCode())) + org.code() + "/";
            paths.put(org.code(), path);
            ids.put(org.code(), insertOrg(org, org.parentCode() == null ? null : ids.get(org.parentCode()), path));
            committeeOf.put(org.code(), org.hasCommittee() ? org.code() : committeeOf.get(org.parentCode()));
        }
        List<Object[]> members = new ArrayList<>();
        for (DemoProvince.OrgSpec org : province.orgs) {
            for (int i = 0; i < org.memberCount(); i++) {
                String post = i == 0 ? "Bí thư chi bộ" : i == 1 ? "Phó Bí thư chi bộ" : null;
                // secretaries are cadres of the committee above; other members are managed by their own committee
                String managing = i == 0 && org.parentCode() != null ? committeeOf.get(org.parentCode()) : committeeOf.get(org.code());
                String name = province.memberName();
                members.add(new Object[] {name, TextFold.foldTo(300, name), province.birthYear(), province.status().name(),
                    ids.get(org.code()), post, ids.get(managing)});
            }
        }
        jdbc.batchUpdate("insert into party_member (full_name, search_name, birth_year, status, org_id, posts, managing_org_id) "
                + "values (?, ?, ?, ?, ?, ?, ?)", members);
        insertUsers(ids);
    }

    private Long insertOrg(DemoProvince.OrgSpec org, Long parentId, String path) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into organization (code, name, level, parent_id, path, "
                    + "has_committee, committee_name, search_name) values (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, org.code());
            ps.setString(2, org.name());
            ps.setString(3, org.level().name());
            ps.setObject(4, parentId);
            ps.setString(5, path);
            ps.setBoolean(6, org.hasCommittee());
            ps.setString(7, org.committeeName());
            ps.setString(8, TextFold.foldTo(600, org.name(), org.code()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    private void insertUsers(Map<String, Long> orgIds) {
        String hash = passwordEncoder.encode("demo");
        for (String[] user : DEMO_USERS) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("insert into app_user (username, password_hash, full_name, email, "
                        + "enabled) values (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                ps.setString(1, user[0]);
                ps.setString(2, hash);
                ps.setString(3, user[1]);
                ps.setString(4, user[0] + "@lamgiang.example");
                ps.setBoolean(5, true);
                return ps;
            }, key);
            long userId = key.getKey().longValue();
            for (int i = 2; i < user.length; i++) {
                String[] roleAtOrg = user[i].split("@");
                jdbc.update("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)",
                        userId, roleAtOrg[0], orgIds.get(roleAtOrg[1]));
            }
        }
    }
}
