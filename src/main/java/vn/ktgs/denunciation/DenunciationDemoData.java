package vn.ktgs.denunciation;

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
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/**
 * Demo letters registered by the province's clerk ({@code vanthu}): one against the bloc party committee, waiting
 * for the chair's identity meeting; one about a member the commune X01 manages, transferred there; one anonymous
 * but specific, kept as information. Fictitious denouncers, sealed with the demo key. Runs once, after the province.
 */
@Component
@Order(30)
@ConditionalOnProperty("ktgs.demo.enabled")
class DenunciationDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UserDirectory users;
    private final DenunciationService denunciations;
    private final Clock clock;

    DenunciationDemoData(JdbcTemplate jdbc, TransactionTemplate tx, UserDirectory users, DenunciationService denunciations, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.denunciations = denunciations;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from denunciation", Integer.class);
        Integer clerk = jdbc.queryForObject("select count(*) from app_user where username = 'vanthu'", Integer.class);
        if (existing == null || existing > 0 || clerk == null || clerk == 0) {
            return;
        }
        tx.executeWithoutResult(status -> load());
    }

    private void load() {
        KtgsUser clerk = users.loadUserByUsername("vanthu");
        LocalDate today = VietnamTime.localDate(clock.instant());
        Map<String, Object> bloc = letter(today.minusDays(3), "ORGANIZATION", "Ban Thường vụ Đảng ủy Khối chỉ định thầu sai quy định gói thầu sửa chữa trụ sở.");
        bloc.put("accusedOrg", "KCQ");
        identify(bloc, "Trần Minh Chính", "Số 5 đường Lê Lợi, phường Hòa Bình", "tran.minh.chinh@nguoidan.example");
        denunciations.register(clerk, bloc);

        List<Long> communeMembers = jdbc.queryForList("select m.id from party_member m join organization o on o.id = m.managing_org_id "
                + "where o.code = 'X01' order by m.id", Long.class);
        if (!communeMembers.isEmpty()) {
            Map<String, Object> member = letter(today.minusDays(2), "MEMBER", "Đồng chí bị tố cáo sử dụng xe công vào việc riêng nhiều lần trong năm.");
            member.put("accusedMember", String.valueOf(communeMembers.get(0)));
            identify(member, "Phạm Thị Ngay", "Thôn 3, xã Thử nghiệm", null);
            denunciations.register(clerk, member);

            Map<String, Object> anonymous = letter(today.minusDays(1), "MEMBER", "Đơn không ký tên phản ánh đồng chí nhận quà biếu của doanh nghiệp khi thẩm định dự án.");
            anonymous.put("accusedMember", String.valueOf(communeMembers.get(Math.min(1, communeMembers.size() - 1))));
            anonymous.put("signatories", 0);
            // the commune's letter reached the province's clerk: anonymous letters stay with whoever received them
            denunciations.register(clerk, anonymous);
        }
    }

    private static Map<String, Object> letter(LocalDate received, String accusedKind, String content) {
        Map<String, Object> v = new HashMap<>();
        v.put("receivedOn", received);
        v.put("postmarkedOn", received.minusDays(2));
        v.put("channel", "POST");
        v.put("signatories", 1);
        v.put("signed", "ORIGINAL");
        v.put("accusedKind", accusedKind);
        v.put("content", content);
        return v;
    }

    private static void identify(Map<String, Object> v, String name, String address, String email) {
        v.put("denouncerName", name);
        v.put("denouncerAddress", address);
        v.put("denouncerEmail", email);
    }
}
