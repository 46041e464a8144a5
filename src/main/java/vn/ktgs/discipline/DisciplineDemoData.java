package vn.ktgs.discipline;

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
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * Demo: one discipline review in the province's committee (T01) of a member of cell KCQ-B01-C01, heard already and
 * waiting for the secret-ballot result in the inspectors' inbox. Runs after the demo province, once.
 */
@Component
@Order(21)
@ConditionalOnProperty("ktgs.demo.enabled")
class DisciplineDemoData implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final UserDirectory users;
    private final DisciplineReviews reviews;
    private final InboxService inbox;
    private final TaskWorkService work;
    private final Clock clock;

    DisciplineDemoData(JdbcTemplate jdbc, TransactionTemplate tx, UserDirectory users, DisciplineReviews reviews, InboxService inbox,
                       TaskWorkService work, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.reviews = reviews;
        this.inbox = inbox;
        this.work = work;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from discipline_review", Integer.class);
        List<Long> member = jdbc.queryForList("select m.id from party_member m join organization o on o.id = m.org_id "
                + "where o.code = 'KCQ-B01-C01' and m.status = 'FULL' and m.posts is null order by m.id", Long.class);
        Integer inspector = jdbc.queryForObject("select count(*) from app_user where username = 'kiemtra1'", Integer.class);
        if (existing == null || existing > 0 || member.isEmpty() || inspector == null || inspector == 0) {
            return;
        }
        tx.executeWithoutResult(status -> load(member.get(0)));
    }

    private void load(long memberId) {
        KtgsUser inspector = users.loadUserByUsername("kiemtra1");
        LocalDate today = VietnamTime.localDate(clock.instant());
        Map<String, Object> violation = new HashMap<>();
        violation.put("kind", "ORDINARY");
        violation.put("description", "Sử dụng xe công vào việc riêng nhiều lần trong năm, gây dư luận xấu trong cơ quan.");
        violation.put("startDate", today.minusMonths(8));
        violation.put("endDate", today.minusMonths(2));
        violation.put("ongoing", false);
        Map<String, Object> values = new HashMap<>();
        values.put("subjectKind", "MEMBER");
        values.put("subjectMember", String.valueOf(memberId));
        values.put("decidingBody", "COMMITTEE");
        values.put("proposedForm", "WARNING");
        values.put("violations", List.of(violation));
        CaseFile opened = reviews.open(inspector, values);
        complete(inspector, opened, DisciplineReviewProcess.TASK_DEFERRAL, Map.of("deferral", "NONE"));
        complete(inspector, opened, DisciplineReviewProcess.TASK_HEARING, Map.of("hearingDate", today, "attendance", "ATTENDED",
                "notes", "Đồng chí đã trình bày, thừa nhận khuyết điểm.", "selfCriticism", "Tự nhận hình thức khiển trách."));
    }

    private void complete(KtgsUser user, CaseFile c, String taskKey, Map<String, Object> values) {
        String taskId = inbox.openTasksOfCase(c.getId()).stream().filter(t -> t.getTaskKey().equals(taskKey)).findFirst()
                .orElseThrow().getTaskId();
        work.complete(user, taskId, values);
    }
}
