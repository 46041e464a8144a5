package vn.ktgs.deadline;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.deadline.ExtensionStatus;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.ui.TaskView;

/** bpmn/calendar/deadline-extension.bpmn: the team lead asks within the policy, the standing members decide. */
class DeadlineExtensionProcessTest extends KaribuTest {

    @Autowired ExtensionService extensions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private CaseFile caseAtVerification(String subject) {
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", subject);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 6, 10)));
        driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                "document", new vn.ktgs.casefile.UploadedFile("b.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        return c;
    }

    @Test
    void an_approved_extension_moves_the_due_date_by_working_days_and_uses_up_the_policy() {
        CaseFile c = caseAtVerification("KCQ-B18");
        InboxTask verify = driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY);
        assertThat(VietnamTime.localDate(verify.getDueAt())).isEqualTo(LocalDate.of(2026, 6, 22));

        assertThatThrownBy(() -> extensions.request(driver.user("kiemtra1"), verify.getTaskId(), 3, "Cần thêm thời gian"))
                .isInstanceOf(AccessDeniedException.class);
        // 15 working days allow at most a third: 5
        assertThatThrownBy(() -> extensions.request(driver.user("truongdoan"), verify.getTaskId(), 6, "Cần xác minh thêm"))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).containsExactly(FieldError.of("amount", "range", 1, 5)));

        extensions.request(driver.user("truongdoan"), verify.getTaskId(), 4, "Đối tượng xin hoãn buổi làm việc");
        assertThat(extensions.extensible(verify.getTaskId())).as("one request pending").isEmpty();
        InboxTask decision = driver.openTask(c.getId(), "Task_DecideExtension");
        assertThat(decision.getCandidateGroups()).containsExactly("STANDING:T01");

        assertThatThrownBy(() -> driver.complete("chunhiem", c.getId(), "Task_DecideExtension", values("decision", "REFUSE")))
                .isInstanceOf(FormValidationException.class);
        driver.complete("chunhiem", c.getId(), "Task_DecideExtension", values("decision", "APPROVE"));

        // Mon 22/6 + 4 working days = Fri 26/6, in Camunda and in the inbox
        assertThat(VietnamTime.localDate(driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getDueAt()))
                .isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(extensions.ofCase(c.getId())).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo(ExtensionStatus.APPROVED);
            assertThat(e.getDecidedBy()).isEqualTo("chunhiem");
            assertThat(e.getReason()).isEqualTo("Đối tượng xin hoãn buổi làm việc");
        });
        assertThat(extensions.extensible(verify.getTaskId())).as("the one extension is used").isEmpty();
    }

    @Test
    void a_refused_extension_leaves_the_date_and_records_why() {
        CaseFile c = caseAtVerification("KCQ-B19");
        InboxTask verify = driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY);
        extensions.request(driver.user("truongdoan"), verify.getTaskId(), 2, "Thiếu người");
        driver.complete("phochunhiem", c.getId(), "Task_DecideExtension", values("decision", "REFUSE", "comment", "Bố trí thêm cán bộ."));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getDueAt()).isEqualTo(verify.getDueAt());
        assertThat(extensions.ofCase(c.getId())).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo(ExtensionStatus.REFUSED);
            assertThat(e.getDecisionComment()).isEqualTo("Bố trí thêm cán bộ.");
        });
        assertThat(extensions.extensible(verify.getTaskId())).as("a refusal does not use the extension up").isPresent();
    }

    @Test
    void the_team_lead_asks_from_the_task_page() {
        CaseFile c = caseAtVerification("KCQ-B20");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getTaskId();
        login("truongdoan");
        UI.getCurrent().navigate(TaskView.class, taskId);
        _click(_get(Button.class, spec -> spec.withId("request-extension")));
        _get(IntegerField.class, spec -> spec.withId("extension-amount")).setValue(3);
        _click(_get(Button.class, spec -> spec.withId("extension-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("extension-reason")).getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        _get(TextArea.class, spec -> spec.withId("extension-reason")).setValue("Chờ kết quả giám định.");
        _click(_get(Button.class, spec -> spec.withId("extension-send")));
        assertThat(driver.openTask(c.getId(), "Task_DecideExtension")).isNotNull();
    }

    @Test
    void the_decision_page_describes_the_request_in_the_users_language() {
        CaseFile c = caseAtVerification("KCQ-B17");
        extensions.request(driver.user("truongdoan"), driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY).getTaskId(), 2,
                "Đối tượng đi công tác");
        login("chunhiem");
        english();
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), "Task_DecideExtension").getTaskId());
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class)).extracting(p -> p.getText())
                .anyMatch(line -> line.startsWith("Step: ") && line.endsWith(" · asks for 2 more working days · requested by: truongdoan"))
                .contains("Reason: Đối tượng đi công tác")
                .anyMatch(line -> line.startsWith("Current due date ") && line.contains(" → if approved: "))
                .noneMatch(line -> line.startsWith("Bước") || line.startsWith("Lý do"));
    }
}
