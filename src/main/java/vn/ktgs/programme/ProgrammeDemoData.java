package vn.ktgs.programme;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/**
 * Demo programmes (demo profile only, after the demo province is loaded, once): the provincial committee's
 * approved programme for the current year and the commune X01's draft, drafted and approved through the service
 * as users would, so the audit trail shows who approved it.
 */
@Component
@Order(20)
@ConditionalOnProperty("ktgs.demo.enabled")
class ProgrammeDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ProgrammeService programmes;
    private final UserDirectory users;
    private final Clock clock;

    ProgrammeDemoData(JdbcTemplate jdbc, TransactionTemplate tx, ProgrammeService programmes, UserDirectory users, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.programmes = programmes;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long province = orgId("T01");
        Long commune = orgId("X01");
        Integer existing = jdbc.queryForObject("select count(*) from programme", Integer.class);
        if (province == null || commune == null || existing == null || existing > 0 || users.find("chunhiem").isEmpty()) {
            return;
        }
        int year = VietnamTime.localDate(clock.instant()).getYear();
        tx.executeWithoutResult(status -> {
            KtgsUser chair = users.loadUserByUsername("chunhiem");
            Programme p = programmes.create(chair, province, ProgrammeKind.ANNUAL, year, year,
                    "Chương trình kiểm tra, giám sát năm " + year + " của Ủy ban Kiểm tra Tỉnh ủy");
            item(chair, p, ItemKind.COMPLIANCE, orgId("KCQ"), null, "Việc chấp hành nghị quyết, quy chế làm việc của cấp ủy", 1, "truongdoan");
            item(chair, p, ItemKind.FINANCE, orgId("X02"), null, "Quản lý, sử dụng tài chính đảng và thu nộp đảng phí", 2, "kiemtra1");
            item(chair, p, ItemKind.DISCIPLINE_WORK, orgId("X03"), null, "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng", 3, "kiemtra2");
            item(chair, p, ItemKind.THEMATIC_SUPERVISION, orgId("X04"), null, "Giám sát chuyên đề công tác cán bộ", 3, "truongdoan");
            Long member = jdbc.queryForObject("select min(m.id) from party_member m join organization o on o.id = m.org_id "
                    + "where o.code = 'X05-C01'", Long.class);
            if (member != null) {
                item(chair, p, ItemKind.THEMATIC_SUPERVISION, null, member, "Giám sát chuyên đề việc thực hiện chức trách, nhiệm vụ", 4, "kiemtra1");
            }
            programmes.approve(chair, p.getId());

            KtgsUser communeChair = users.loadUserByUsername("xa.chunhiem");
            Programme draft = programmes.create(communeChair, commune, ProgrammeKind.ANNUAL, year, year,
                    "Chương trình kiểm tra, giám sát năm " + year + " của Ủy ban Kiểm tra Đảng ủy xã");
            item(communeChair, draft, ItemKind.COMPLIANCE, orgId("X01-C01"), null, "Việc chấp hành Điều lệ Đảng và nghị quyết của chi bộ", 2, "xa.kiemtra");
        });
    }

    private void item(KtgsUser user, Programme p, ItemKind kind, Long orgId, Long memberId, String content, int quarter, String lead) {
        programmes.saveItem(user, p.getId(), null, new ItemDraft(kind, orgId, memberId, content, null, quarter, lead, null));
    }

    private Long orgId(String code) {
        List<Long> ids = jdbc.queryForList("select id from organization where code = ?", Long.class, code);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
