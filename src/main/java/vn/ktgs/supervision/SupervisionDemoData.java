package vn.ktgs.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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
 * Demo observations and signs of every source for the province's committee (T01), one sign turned into an
 * inspection and one dismissed, so the supervision page shows its measures. Runs after the demo province, once.
 */
@Component
@Order(20)
@ConditionalOnProperty("ktgs.demo.enabled")
class SupervisionDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UserDirectory users;
    private final ObservationService observations;
    private final SignService signs;
    private final SignDecisions decisions;
    private final Clock clock;

    SupervisionDemoData(JdbcTemplate jdbc, TransactionTemplate tx, UserDirectory users, ObservationService observations,
                        SignService signs, SignDecisions decisions, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.observations = observations;
        this.signs = signs;
        this.decisions = decisions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from supervision_observation", Integer.class);
        Integer province = jdbc.queryForObject("select count(*) from app_user where username = 'kiemtra1'", Integer.class);
        if (existing == null || existing > 0 || province == null || province == 0) {
            return;
        }
        tx.executeWithoutResult(status -> load());
    }

    private void load() {
        KtgsUser inspector = users.loadUserByUsername("kiemtra1");
        KtgsUser chair = users.loadUserByUsername("chunhiem");
        LocalDate today = VietnamTime.localDate(clock.instant());
        observations.record(inspector, observation("MEETING", today.minusDays(20), "KCQ-B03",
                "Dự hội nghị sơ kết 6 tháng của Đảng ủy; nghị quyết được ban hành đúng quy trình.", null));
        observations.record(inspector, observation("REPORT", today.minusDays(12), "KCQ-B04",
                "Nghiên cứu báo cáo quyết toán kinh phí năm trước: nhiều khoản chi tiếp khách vượt định mức.",
                "Chi tiếp khách vượt định mức khoảng 85 triệu đồng, chưa có giải trình."));
        observations.record(inspector, observation("PRESS", today.minusDays(5), "KCQ-B05",
                "Báo địa phương phản ánh chậm giải phóng mặt bằng dự án đường liên xã.", null));
        sign(inspector, "DATA_ANALYSIS", "KCQ-B06",
                "Đối chiếu dữ liệu kê khai tài sản: tài sản tăng thêm hơn 300 triệu đồng không giải trình được nguồn gốc.");
        long denunciation = sign(inspector, "DENUNCIATION", "KCQ-B07",
                "Đơn tố cáo có tên: lãnh đạo đơn vị chỉ định thầu sai quy định gói mua sắm thiết bị.");
        long anonymous = sign(inspector, "ANONYMOUS_LETTER", "KCQ-B08",
                "Đơn nặc danh phản ánh việc sử dụng xe công vào việc riêng.");
        sign(inspector, "PRESS", "KCQ-B09", "Báo chí phản ánh sai phạm trong thu chi quỹ phúc lợi của đơn vị.");
        decisions.turnIntoCase(chair, denunciation);
        decisions.dismiss(chair, anonymous, "Nội dung không cụ thể, đã xác minh sơ bộ không có căn cứ.");
    }

    private long sign(KtgsUser by, String source, String subjectOrg, String content) {
        Map<String, Object> values = new HashMap<>();
        values.put("source", source);
        values.put("subjectKind", "ORGANIZATION");
        values.put("subjectOrg", subjectOrg);
        values.put("content", content);
        return signs.record(by, values).getId();
    }

    private static Map<String, Object> observation(String kind, LocalDate on, String subjectOrg, String content, String sign) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", kind);
        values.put("observedOn", on);
        values.put("subjectKind", "ORGANIZATION");
        values.put("subjectOrg", subjectOrg);
        values.put("content", content);
        values.put("raiseSign", sign != null);
        values.put("signContent", sign);
        return values;
    }
}
