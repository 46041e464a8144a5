package vn.ktgs.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Option;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** A task given to someone else: by the chair within the committee, by the team lead within the team, with a reason. */
@IntegrationTest
class TaskAssignmentsTest {

    @Autowired CaseDriver driver;
    @Autowired TaskAssignments assignments;
    @Autowired JdbcTemplate jdbc;

    /** An inspection at the subject's report, its team Phạm Đức Đoàn (lead) and Nguyễn Văn Kiểm. */
    private CaseFile atTheReport(String subject) {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", subject);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", List.of("kiemtra1"), "reportDueDate", CaseDriver.today().plusDays(15)));
        return c;
    }

    @Test
    void the_chair_gives_a_task_to_an_inspector_with_a_reason_recorded_audited_and_told() {
        CaseFile c = atTheReport("KCQ-B17");
        driver.claim("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT);
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId();
        assertThat(assignments.candidates(driver.user("chunhiem"), taskId)).extracting(Option::value)
                .contains("kiemtra2", "truongdoan").doesNotContain("kiemtra1", "xa.kiemtra");

        assertThatThrownBy(() -> assignments.reassign(driver.user("chunhiem"), taskId, "kiemtra2", " "))
                .isInstanceOfSatisfying(FormValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
        assignments.reassign(driver.user("chunhiem"), taskId, "kiemtra2", "Đồng chí Kiểm đi công tác đến hết tháng.");

        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getAssignee()).isEqualTo("kiemtra2");
        assertThat(driver.timeline(c.getId())).anySatisfy(e -> {
            assertThat(e.getStepName()).isEqualTo("Giao lại việc");
            assertThat(e.getSummary()).contains("giao cho Trần Thị Tra", "trước đó: Nguyễn Văn Kiểm", "đi công tác");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'task-reassigned' and subject = ?",
                Integer.class, "case:" + c.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where username = 'kiemtra2' and task_id = ?",
                Integer.class, taskId)).isEqualTo(1);
    }

    @Test
    void the_team_lead_gives_within_the_team_and_an_inspector_may_not_give_at_all() {
        CaseFile c = atTheReport("KCQ-B18");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId();
        assertThat(assignments.candidates(driver.user("truongdoan"), taskId)).extracting(Option::value)
                .containsExactlyInAnyOrder("truongdoan", "kiemtra1");
        assertThatThrownBy(() -> assignments.reassign(driver.user("truongdoan"), taskId, "kiemtra2", "Cần thêm người"))
                .isInstanceOfSatisfying(FormValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("reassign.notCandidate"));
        assignments.reassign(driver.user("truongdoan"), taskId, "kiemtra1", "Đồng chí Kiểm theo dõi đơn vị này.");
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getAssignee()).isEqualTo("kiemtra1");

        assertThatThrownBy(() -> assignments.reassign(driver.user("kiemtra1"), taskId, "kiemtra2", "Nhờ làm hộ"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.reassign(driver.user("xa.chunhiem"), taskId, "kiemtra2", "Ngoài phạm vi"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
