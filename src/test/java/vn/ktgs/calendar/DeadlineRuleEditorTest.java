package vn.ktgs.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;
import vn.ktgs.tasklist.InboxTask;

/** Administrators change a rule; new deadlines follow at once, open ones only through the previewed recompute. */
@IntegrationTest
class DeadlineRuleEditorTest {

    @Autowired DeadlineRuleEditor editor;
    @Autowired DeadlineService deadlines;
    @Autowired CaseDriver driver;
    @Autowired TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private DeadlineRule verifyRule() {
        return deadlines.ruleFor(InspectionProcess.KEY, InspectionProcess.TASK_VERIFY, OrgLevel.PROVINCE).orElseThrow();
    }

    @Test
    void nonsense_is_refused_with_a_message_per_field_and_only_administrators_may_edit() {
        long id = verifyRule().getId();
        assertThatThrownBy(() -> editor.change(driver.user("admin"), id,
                new DeadlineRuleEditor.Change(-3, TimeUnit.WORKING_DAYS, "SOMETIME", 1, null, null)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("amount", "startsFrom", "extensionMaxDays"));
        assertThatThrownBy(() -> editor.change(driver.user("chunhiem"), id,
                new DeadlineRuleEditor.Change(10, TimeUnit.WORKING_DAYS, "TASK_CREATED", 0, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(verifyRule().getAmount()).isEqualTo(15);
    }

    @Test
    void a_longer_verification_limit_moves_the_open_deadline_only_when_recomputed() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B17");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 6, 10)));
        driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                "document", new vn.ktgs.casefile.UploadedFile("b.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        InboxTask verify = driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY);
        // Mon 1/6/2026 + 15 working days = Mon 22/6
        assertThat(VietnamTime.localDate(verify.getDueAt())).isEqualTo(LocalDate.of(2026, 6, 22));
        long ruleId = verifyRule().getId();
        try {
            editor.change(driver.user("admin"), ruleId, new DeadlineRuleEditor.Change(20, TimeUnit.WORKING_DAYS, "TASK_CREATED", 0, null, null));
            assertThat(VietnamTime.localDate(driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getDueAt()))
                    .as("an open deadline does not move by itself").isEqualTo(LocalDate.of(2026, 6, 22));
            assertThat(editor.preview(ruleId)).filteredOn(m -> m.taskId().equals(verify.getTaskId())).singleElement()
                    .satisfies(m -> assertThat(VietnamTime.localDate(m.newDue())).isEqualTo(LocalDate.of(2026, 6, 29)));

            editor.recompute(driver.user("admin"), ruleId);
            assertThat(VietnamTime.localDate(driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getDueAt()))
                    .isEqualTo(LocalDate.of(2026, 6, 29));
            assertThat(VietnamTime.localDate(tasks.createTaskQuery().taskId(verify.getTaskId()).singleResult().getDueDate().toInstant()))
                    .isEqualTo(LocalDate.of(2026, 6, 29));
            assertThat(editor.history()).extracting(a -> a.getAction()).contains("CHANGE", "RECOMPUTE");
        } finally {
            editor.change(driver.user("admin"), ruleId, new DeadlineRuleEditor.Change(15, TimeUnit.WORKING_DAYS, "TASK_CREATED", 0, null, null));
        }
    }
}
