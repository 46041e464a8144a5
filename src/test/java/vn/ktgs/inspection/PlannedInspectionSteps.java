package vn.ktgs.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.tasklist.InboxItem;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;

/** The steps the programme's inspections share, as the demo committee T01 and subject KCQ-B01 work them. */
final class PlannedInspectionSteps {

    static final String COMMITTEE = "T01";
    static final String SUBJECT = "KCQ-B01";

    private final CaseDriver driver;
    private final InboxService inbox;

    PlannedInspectionSteps(CaseDriver driver, InboxService inbox) {
        this.driver = driver;
        this.inbox = inbox;
    }

    CaseFile start(String processKey, String prefix, String title) {
        return driver.startPlannedInspection(processKey, prefix, COMMITTEE, SUBJECT, "truongdoan", title);
    }

    /** What the user sees of the case's tasks in their own inbox. */
    List<InboxItem> inboxOf(String username, CaseFile c) {
        return inbox.inbox(driver.user(username), 0, 2000).stream().filter(i -> i.caseId() == c.getId()).toList();
    }

    void plan(CaseFile c, LocalDate reportDue) {
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("decisionNumber", "15-QĐ/UBKTTU",
                "plan", "Kiểm tra từ 8/6 đến 31/7.", "teamLead", "truongdoan", "team", java.util.List.of("kiemtra1"),
                "outline", "Đề cương gợi ý báo cáo tự kiểm tra.", "reportDueDate", reportDue));
    }

    void selfReport(CaseFile c, String username, String taskKey) {
        driver.complete(username, c.getId(), taskKey, values("summary", "Báo cáo tự kiểm tra năm 2025.",
                "onBehalf", !"lienhe".equals(username),
                "document", new UploadedFile("tu-kiem-tra.pdf", "application/pdf", "%PDF-1.4 tu kiem tra".getBytes())));
    }

    void draftResult(CaseFile c, String username, String taskKey) {
        driver.complete(username, c.getId(), taskKey, values("resultReport", "Dự thảo báo cáo kết quả kiểm tra.",
                "discussedWithSubject", true));
    }

    static Map<String, Object> votes(String conclusion, String findings, int members, int yes, int no, int abstain) {
        Map<String, Object> v = values("conclusion", conclusion, "memberCount", members, "votesFor", yes,
                "votesAgainst", no, "votesAbstain", abstain);
        if (findings != null) {
            v.put("findings", findings);
        }
        return v;
    }

    void issueNotice(CaseFile c, String username, String taskKey, String number, LocalDate due) {
        driver.complete(username, c.getId(), taskKey, values("noticeNumber", number, "requirements", List.of(
                values("content", "Khắc phục những khuyết điểm đã nêu", "owner", "Ban Thường vụ Đảng ủy", "dueDate", due))));
    }

    /**
     * The subject (or someone for it) submits the remediation plan and reports the single requirement done; the
     * committee's inspector accepts the plan and confirms the requirement.
     */
    void remediate(CaseFile c, String reporter, String confirmer) {
        driver.complete(reporter, c.getId(), "Task_SubmitPlan", values("plan", "Kế hoạch khắc phục từng yêu cầu."));
        driver.complete(confirmer, c.getId(), "Task_ReviewPlan", values("decision", "ACCEPT"));
        InboxTask report = driver.openTask(c.getId(), "Task_ReportRemediation");
        driver.complete(reporter, c.getId(), report.getTaskKey(), values("reportKind", "COMPLETION",
                "report", "Đã khắc phục, kèm văn bản."));
        driver.complete(confirmer, c.getId(), "Task_ConfirmRequirement", values("decision", "DONE"));
    }

    static void rejected(Runnable step, String field, String code) {
        assertThatThrownBy(step::run).isInstanceOf(FormValidationException.class)
                .satisfies(e -> assertThat(((FormValidationException) e).errors())
                        .extracting(FieldError::field, FieldError::code).contains(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}
