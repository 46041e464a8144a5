package vn.ktgs.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** The subject's contact cannot claim to be an inspector entering on the subject's behalf, even past the UI. */
@IntegrationTest
class RoleLimitedFieldsTest {

    private static final UploadedFile REPORT = new UploadedFile("giai-trinh.pdf", "application/pdf", "%PDF-1.4".getBytes());

    @Autowired CaseDriver driver;

    @Test
    void a_contact_who_sends_the_inspectors_on_behalf_box_is_refused_and_the_report_waits_for_them() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B01");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.now().plusDays(20)));

        assertThatThrownBy(() -> driver.complete("lienhe", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT,
                values("summary", "Báo cáo giải trình.", "document", REPORT, "onBehalf", true)))
                .isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("onBehalf", "notForYourRole")));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getAssignee()).isNull();

        driver.complete("lienhe", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo giải trình.", "document", REPORT));
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_VERIFY)).isNotNull();
    }
}
