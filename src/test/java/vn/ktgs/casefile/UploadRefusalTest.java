package vn.ktgs.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** A report whose file is of the wrong type, not what its name says, or too large: refused, nothing saved. */
@IntegrationTest
class UploadRefusalTest {

    @Autowired CaseDriver driver;
    @Autowired CaseService cases;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 4, 24, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void a_disallowed_type_a_renamed_program_and_an_oversized_file_are_refused_with_a_translated_message() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B24");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra từ 4/5.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 5, 8)));
        int documentsBefore = cases.documents(c.getId()).size();
        int stepsBefore = cases.timeline(c.getId()).size();

        FieldError type = refusal(c, new UploadedFile("giai-trinh.exe", "application/octet-stream", UploadPolicyTest.EXE));
        assertThat(type.code()).isEqualTo("fileType");
        assertThat(message(type, "vi")).isEqualTo("Chỉ nhận tệp .pdf, .doc, .docx, .xls, .xlsx, .odt, .jpg, .jpeg, .png.");
        assertThat(message(type, "en")).isEqualTo("Only .pdf, .doc, .docx, .xls, .xlsx, .odt, .jpg, .jpeg, .png files are accepted.");

        FieldError content = refusal(c, new UploadedFile("giai-trinh.pdf", "application/pdf", UploadPolicyTest.EXE));
        assertThat(message(content, "vi")).isEqualTo("Nội dung tệp không phải là tệp .pdf (đuôi tệp không khớp với nội dung).");

        byte[] big = new byte[(int) CaseService.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy(UploadPolicyTest.PDF, 0, big, 0, UploadPolicyTest.PDF.length);
        FieldError size = refusal(c, new UploadedFile("giai-trinh.pdf", "application/pdf", big));
        assertThat(message(size, "vi")).isEqualTo("Tệp vượt quá 15 MB.");

        // nothing was saved and the step still waits; a proper file then goes through
        assertThat(cases.documents(c.getId())).hasSize(documentsBefore);
        assertThat(cases.timeline(c.getId())).hasSize(stepsBefore);
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getAssignee()).isNull();
        driver.complete("kiemtra2", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo giải trình.",
                "document", new UploadedFile("giai-trinh.pdf", "application/pdf", UploadPolicyTest.PDF)));
        assertThat(cases.documents(c.getId())).hasSize(documentsBefore + 1);
    }

    @Test
    void the_case_service_itself_refuses_a_file_that_skipped_the_form() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B24");
        assertThatThrownBy(() -> cases.attach(c.getId(), new UploadedFile("x.pdf", "application/pdf", UploadPolicyTest.EXE),
                "manual", "kiemtra1")).isInstanceOf(UploadRefusedException.class);
        assertThat(cases.documents(c.getId())).isEmpty();
    }

    private FieldError refusal(CaseFile c, UploadedFile file) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> driver.complete("kiemtra2", c.getId(),
                InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo giải trình.", "document", file)));
        assertThat(thrown).isInstanceOf(FormValidationException.class);
        FieldError error = ((FormValidationException) thrown).errors().get(0);
        assertThat(((FormValidationException) thrown).errors()).hasSize(1);
        assertThat(error.field()).isEqualTo("document");
        return error;
    }

    /** The message the task page shows, from the same bundles Vaadin's i18n reads. */
    private static String message(FieldError error, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n/translations", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(error.messageKey()), Locale.forLanguageTag(language))
                .format(error.args().toArray());
    }
}
