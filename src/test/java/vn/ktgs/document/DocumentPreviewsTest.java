package vn.ktgs.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/**
 * The documents of a step previewed before it is done, with drafting queued as in production: the real drafts from
 * what the form holds, and nothing of the rehearsal stays (the step still open, no document, no number used up).
 */
@IntegrationTest
class DocumentPreviewsTest {

    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired DocumentPreviews previews;
    @Autowired DocumentDrafting drafting;

    @RegisterExtension
    static final QueuedDrafting QUEUED = new QueuedDrafting(LocalDateTime.of(2026, 4, 28, 9, 0));

    @Test
    void the_plan_steps_decision_and_plan_are_previewed_from_the_form_and_nothing_is_kept() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B41");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        Map<String, Object> plan = values("plan", "Làm việc tại đơn vị từ 5/5.", "teamLead", "truongdoan", "team", List.of("kiemtra1"),
                "reportDueDate", LocalDate.of(2026, 5, 12), "outline", "1. Thu, chi năm 2025.");
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId();

        List<DocumentPreviews.Preview> made = previews.preview(driver.user("truongdoan"), taskId, plan);
        assertThat(made).extracting(DocumentPreviews.Preview::kind)
                .containsExactlyInAnyOrder(DocumentKind.DECISION, DocumentKind.PLAN, DocumentKind.REPORT_OUTLINE);
        DocumentPreviews.Preview decision = made.stream().filter(p -> p.kind() == DocumentKind.DECISION).findFirst().orElseThrow();
        assertThat(GeneratedFiles.pdfText(decision.pdf()))
                .contains("Điều 2. Thành lập đoàn kiểm tra gồm các đồng chí: Phạm Đức Đoàn (trưởng đoàn), Nguyễn Văn Kiểm.");
        assertThat(decision.number()).matches("\\d+-QĐ/UBKTTU");

        // nothing of the rehearsal stays: the step is open and unclaimed, the case has no document and no new row
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getAssignee()).isNull();
        assertThat(cases.documents(c.getId())).isEmpty();
        assertThat(driver.timeline(c.getId())).noneMatch(e -> InspectionProcess.TASK_SET_PLAN.equals(e.getStepKey()));
        assertThat(drafting.pending(driver.user("chunhiem"), c)).isEmpty();

        // bad input is refused as completing would refuse it
        assertThatThrownBy(() -> previews.preview(driver.user("truongdoan"), taskId, values("plan", "", "teamLead", "truongdoan")))
                .isInstanceOf(FormValidationException.class);

        // done for real, the decision takes the number the preview showed: the preview used none up
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, plan);
        drafting.drain();
        DocumentInfo issued = cases.documents(c.getId()).stream().filter(d -> "DECISION".equals(d.kind())).findFirst().orElseThrow();
        assertThat(issued.number()).isEqualTo(decision.number());
    }

    @Test
    void someone_who_may_not_take_the_step_gets_no_preview() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B42");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        String taskId = driver.openTask(c.getId(), InspectionProcess.TASK_SET_PLAN).getTaskId();
        assertThatThrownBy(() -> previews.preview(driver.user("xa.kiemtra"), taskId, values("plan", "x")))
                .isInstanceOf(RuntimeException.class);
        assertThat(cases.documents(c.getId())).isEmpty();
    }
}
