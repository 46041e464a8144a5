package vn.ktgs.asset;

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
 * Demo list of those obliged to declare for the province's committee (T01) this year: 24 cell secretaries of its
 * subtree (members holding a post), the first with an e-mail. No case is opened here (the test profile loads the demo too, and
 * other tests count the province chair's tasks): the demo chair draws the year's selection or opens one on a sign.
 * Runs after the demo province, once.
 */
@Component
@Order(30)
@ConditionalOnProperty("ktgs.demo.enabled")
class AssetDemoData implements ApplicationRunner {

    private static final int DECLARANTS = 24;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UserDirectory users;
    private final DeclarantService declarants;
    private final Clock clock;

    AssetDemoData(JdbcTemplate jdbc, TransactionTemplate tx, UserDirectory users, DeclarantService declarants, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.declarants = declarants;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from asset_declarant d join organization o "
                + "on o.id = d.committee_org_id where o.code = 'T01'", Integer.class);
        Integer province = jdbc.queryForObject("select count(*) from app_user where username = 'chunhiem'", Integer.class);
        if (existing == null || existing > 0 || province == null || province == 0) {
            return;
        }
        tx.executeWithoutResult(status -> load());
    }

    private void load() {
        KtgsUser chair = users.loadUserByUsername("chunhiem");
        int year = VietnamTime.localDate(clock.instant()).getYear();
        // members holding a post (the demo province has cell secretaries) in the committee's subtree
        List<Long> secretaries = jdbc.queryForList("select m.id from party_member m join organization o on o.id = m.org_id "
                + "where o.path like '/TW/T01/%' and m.posts is not null order by m.id", Long.class);
        for (int i = 0; i < Math.min(DECLARANTS, secretaries.size()); i++) {
            declarants.add(chair, year, secretaries.get(i), "Bí thư chi bộ (cán bộ thuộc diện Tỉnh ủy quản lý)",
                    i == 0 ? "kekhai.demo@ktgs.local" : null);
        }
    }
}
