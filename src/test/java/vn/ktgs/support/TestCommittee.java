package vn.ktgs.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small commune-level committee of its own under the demo province, so a test's counts are its own: its
 * organisation, {@code cells} cells directly under it, {@code members} members it manages spread over the cells,
 * a chair and an inspector. Codes carry a random suffix (the MySQL suite shares one database).
 */
public record TestCommittee(long orgId, String code, String path, List<Long> cellIds, List<String> cellCodes, List<Long> memberIds,
                     String chair, String inspector) {

    public static TestCommittee create(JdbcTemplate jdbc, int cells, int members) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "PG" + suffix;
        Long province = jdbc.queryForObject("select id from organization where code = 'T01'", Long.class);
        String path = "/TW/T01/" + code + "/";
        long orgId = insertOrg(jdbc, code, "Đảng bộ xã Thử nghiệm " + suffix, "COMMUNE", province, path, true);
        List<Long> cellIds = new ArrayList<>();
        List<String> cellCodes = new ArrayList<>();
        for (int i = 1; i <= cells; i++) {
            String cellCode = code + "-C" + i;
            cellIds.add(insertOrg(jdbc, cellCode, "Chi bộ ấp " + i + " " + suffix, "CELL", orgId, path + cellCode + "/", false));
            cellCodes.add(cellCode);
        }
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            jdbc.update("insert into party_member (full_name, birth_year, status, org_id, posts, managing_org_id) "
                    + "values (?, 1980, 'FULL', ?, null, ?)", "Đảng viên " + i + " " + suffix, cellIds.get(i % cells), orgId);
            memberIds.add(jdbc.queryForObject("select id from party_member where full_name = ?", Long.class,
                    "Đảng viên " + i + " " + suffix));
        }
        String chair = "pg.chair." + suffix.toLowerCase();
        String inspector = "pg.insp." + suffix.toLowerCase();
        insertUser(jdbc, chair, "Chủ nhiệm " + suffix, orgId, "CHAIR", "COMMITTEE_MEMBER");
        insertUser(jdbc, inspector, "Kiểm tra viên " + suffix, orgId, "INSPECTOR", "TEAM_LEAD");
        return new TestCommittee(orgId, code, path, cellIds, cellCodes, memberIds, chair, inspector);
    }

    private static long insertOrg(JdbcTemplate jdbc, String code, String name, String level, Long parent, String path,
                                  boolean committee) {
        jdbc.update("insert into organization (code, name, level, parent_id, path, has_committee, committee_name) "
                + "values (?, ?, ?, ?, ?, ?, ?)", code, name, level, parent, path, committee, committee ? "UBKT " + name : null);
        return jdbc.queryForObject("select id from organization where code = ?", Long.class, code);
    }

    private static void insertUser(JdbcTemplate jdbc, String username, String fullName, long orgId, String... roles) {
        jdbc.update("insert into app_user (username, password_hash, full_name, email, enabled) values (?, 'x', ?, ?, true)",
                username, fullName, username + "@test.example");
        Long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        for (String role : roles) {
            jdbc.update("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)", userId, role, orgId);
        }
    }
}
