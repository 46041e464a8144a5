package vn.ktgs.denunciation;

import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.support.TestCommittee;

/**
 * Fixture of the denunciation tests (test year 2034): a commune committee of its own with, besides TestCommittee's
 * chair and inspector, a clerk, a deputy chair, a second inspector (never on a team) and an administrator; and
 * letters as the clerk types them in. Every denouncer gets a unique name, so a leak is found by searching for it.
 */
record Letters2034(TestCommittee committee, String clerk, String deputy, String otherInspector, String admin) {

    static Letters2034 create(JdbcTemplate jdbc) {
        TestCommittee c = TestCommittee.create(jdbc, 2, 4);
        String suffix = c.code().substring(2).toLowerCase();
        String clerk = "pg.clerk." + suffix;
        String deputy = "pg.deputy." + suffix;
        String other = "pg.other." + suffix;
        String admin = "pg.admin." + suffix;
        user(jdbc, clerk, "Văn thư " + suffix, c.orgId(), "CLERK");
        user(jdbc, deputy, "Phó chủ nhiệm " + suffix, c.orgId(), "DEPUTY_CHAIR", "COMMITTEE_MEMBER");
        user(jdbc, other, "Kiểm tra viên khác " + suffix, c.orgId(), "INSPECTOR");
        user(jdbc, admin, "Quản trị " + suffix, c.orgId(), "ADMIN");
        return new Letters2034(c, clerk, deputy, other, admin);
    }

    private static void user(JdbcTemplate jdbc, String username, String fullName, long orgId, String... roles) {
        jdbc.update("insert into app_user (username, password_hash, full_name, email, enabled) values (?, 'x', ?, ?, true)",
                username, fullName, username + "@test.example");
        Long userId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
        for (String role : roles) {
            jdbc.update("insert into role_assignment (user_id, role, org_id) values (?, ?, ?)", userId, role, orgId);
        }
    }

    long member(int i) {
        return committee.memberIds().get(i);
    }

    /** A unique denouncer name: searching every output for it finds any leak. */
    static String denouncerName() {
        return "Nguyễn Tố Giác " + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A letter any committee would resolve: signed personally by one named person with an address, specific, about a member. */
    static Map<String, Object> letterAbout(long memberId, String denouncer) {
        return values("receivedOn", LocalDate.of(2034, 3, 3), "postmarkedOn", LocalDate.of(2034, 3, 1), "channel", "POST",
                "signatories", 1, "signed", "ORIGINAL", "accusedKind", "MEMBER", "accusedMember", String.valueOf(memberId),
                "content", "Đồng chí bị tố cáo đã nhận tiền của doanh nghiệp để cấp phép xây dựng sai quy định năm 2033.",
                "aboutAssetDeclaration", false, "vague", false, "newEvidence", false, "fakeName", false, "lacksCivilCapacity", false,
                "denouncerName", denouncer, "denouncerAddress", "Số 7 đường Hòa Bình, xã Thử nghiệm",
                "denouncerEmail", "to.giac." + Math.abs(denouncer.hashCode()) + "@nguoidan.example", "denouncerPhone", "0912345678");
    }

    static String emailOf(String denouncer) {
        return "to.giac." + Math.abs(denouncer.hashCode()) + "@nguoidan.example";
    }
}
