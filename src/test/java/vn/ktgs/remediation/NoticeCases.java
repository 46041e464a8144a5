package vn.ktgs.remediation;

import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;

/** An inspection run through to its conclusion notice, as users do it, for the remediation tests. */
final class NoticeCases {

    private NoticeCases() {
    }

    /** Concluded on Mon 2/2/2026; the notice has one requirement per due date. */
    static CaseFile withNotice(CaseDriver driver, String subject, String number, LocalDate... dueDates) {
        CaseFile c = concluded(driver, subject);
        List<Map<String, Object>> rows = java.util.Arrays.stream(dueDates)
                .map(d -> values("content", "Khắc phục trước " + d, "owner", "Đảng ủy", "dueDate", d)).toList();
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_NOTICE, values("noticeNumber", number, "requirements", rows));
        return c;
    }

    /** An inspection concluded with shortcomings on Mon 2/2/2026, waiting for its notice. */
    static CaseFile concluded(CaseDriver driver, String subject) {
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 2, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", subject);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kế hoạch.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", LocalDate.of(2026, 2, 20)));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_SUBJECT_REPORT, values("summary", "Báo cáo.",
                "document", new UploadedFile("bc.pdf", "application/pdf", "%PDF-1.4".getBytes())));
        driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Đã xác minh."));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_RESULT_REPORT, values("resultReport", "Báo cáo kết quả."));
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, values("conclusion", "SHORTCOMINGS",
                "memberCount", 11, "votesFor", 11, "votesAgainst", 0, "votesAbstain", 0));
        return c;
    }

    static void planAccepted(CaseDriver driver, CaseFile c) {
        driver.complete("kiemtra2", c.getId(), RemediationProcess.TASK_SUBMIT_PLAN, values("plan", "Kế hoạch khắc phục.", "onBehalf", true));
        driver.complete("kiemtra1", c.getId(), RemediationProcess.TASK_REVIEW_PLAN, values("decision", "ACCEPT"));
    }
}
