package vn.ktgs.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.UserDirectory;

/**
 * Demo (demo profile only, once): a warning imposed by the cell X05-C01 on one of its members, and that member's
 * complaint registered by the provincial committee's clerk, waiting for the standing members' approval.
 */
@Component
@Order(30)
@ConditionalOnProperty("ktgs.demo.enabled")
class ComplaintDemoData implements ApplicationRunner {

    static final String DECISION = "05-QĐ/CB";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final DisciplineRecords records;
    private final ComplaintService complaints;
    private final UserDirectory users;
    private final Clock clock;

    ComplaintDemoData(JdbcTemplate jdbc, TransactionTemplate tx, DisciplineRecords records, ComplaintService complaints,
                      UserDirectory users, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.records = records;
        this.complaints = complaints;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> cell = jdbc.queryForList("select id from organization where code = 'X05-C01'", Long.class);
        Integer existing = jdbc.queryForObject("select count(*) from discipline_complaint", Integer.class);
        if (cell.isEmpty() || existing == null || existing > 0 || users.find("vanthu").isEmpty()) {
            return;
        }
        List<Long> member = jdbc.queryForList("select min(id) from party_member where org_id = ? and status = 'FULL'", Long.class, cell.get(0));
        if (member.isEmpty() || member.get(0) == null) {
            return;
        }
        LocalDate today = VietnamTime.localDate(clock.instant());
        tx.executeWithoutResult(status -> {
            DisciplineRecord record = records.imposeOnMember(member.get(0), DisciplineForm.WARNING, DECISION, cell.get(0),
                    today.minusDays(25), today.minusDays(25), null, "demo");
            Map<String, Object> v = new HashMap<>();
            v.put("complainant", String.valueOf(member.get(0)));
            v.put("decisionNumber", record.getDecisionNumber());
            v.put("decidingOrg", "X05-C01");
            v.put("decisionReceivedOn", today.minusDays(20));
            v.put("filedOn", today.minusDays(5));
            v.put("replyEmail", "dangvien.khieunai@lamgiang.example");
            v.put("replyAddress", "Thôn 3, xã X05, tỉnh Lâm Giang");
            v.put("content", "Tôi khiếu nại Quyết định kỷ luật cảnh cáo vì chi bộ chưa xem xét đầy đủ hoàn cảnh và tình tiết giảm nhẹ.");
            v.put("earlierResolution", "NONE");
            complaints.register(users.loadUserByUsername("vanthu"), v);
        });
    }
}
