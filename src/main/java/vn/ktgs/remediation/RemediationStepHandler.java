package vn.ktgs.remediation;

import static vn.ktgs.remediation.RemediationProcess.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.TaskVariables;

/**
 * Steps of remediation-followup: the subject (or an inspector on its behalf) submits the plan and the progress
 * and completion reports; the inspector accepts or returns each, and a return mails the subject's contacts.
 */
@Component
class RemediationStepHandler implements StepHandler {

    private final RemediationService remediation;
    private final TaskService tasks;
    private final CaseService cases;
    private final ReturnedMail returnedMail;

    RemediationStepHandler(RemediationService remediation, TaskService tasks, CaseService cases, ReturnedMail returnedMail) {
        this.remediation = remediation;
        this.tasks = tasks;
        this.cases = cases;
        this.returnedMail = returnedMail;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    /** A completion report needs evidence when the notice asked for it. */
    @Override
    public List<FieldError> check(StepContext step) {
        if (TASK_REPORT.equals(step.taskKey()) && "COMPLETION".equals(step.text("reportKind"))
                && remediation.requirement(TaskVariables.id(tasks, step.taskId(), REQUIREMENT_ID)).isEvidenceRequired()
                && !(step.values().get("evidence") instanceof UploadedFile f && f.content().length > 0)) {
            return List.of(FieldError.of("evidence", "evidenceRequired"));
        }
        return List.of();
    }

    @Override
    public StepResult apply(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_SUBMIT_PLAN -> submitPlan(step);
            case TASK_REVIEW_PLAN -> reviewPlan(step);
            case TASK_REPORT -> report(step);
            case TASK_CONFIRM -> confirm(step);
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }

    private StepResult submitPlan(StepContext step) {
        long noticeId = TaskVariables.id(tasks, step.taskId(), NOTICE_ID);
        remediation.submitPlan(noticeId, step.text("plan"), fileName(step, "document"), step.user().getUsername(), onBehalf(step));
        return StepResult.of("Kế hoạch khắc phục thông báo số " + remediation.notice(noticeId).getNoticeNumber()
                + behalfNote(step) + ": " + step.text("plan"));
    }

    private StepResult reviewPlan(StepContext step) {
        long noticeId = TaskVariables.id(tasks, step.taskId(), NOTICE_ID);
        boolean accepted = "ACCEPT".equals(step.text("decision"));
        remediation.reviewPlan(noticeId, accepted, step.user().getUsername(), step.text("comment"));
        ConclusionNotice notice = remediation.notice(noticeId);
        if (!accepted) {
            returnedMail.send(step.taskId(), subjectOrg(step), cases.get(step.caseId()), notice, null, ReportKind.PLAN,
                    step.text("comment"));
        }
        return StepResult.of((accepted ? "Chấp nhận kế hoạch khắc phục thông báo số " : "Trả lại kế hoạch khắc phục thông báo số ")
                + notice.getNoticeNumber() + comment(step), Map.of(PLAN_ACCEPTED, accepted));
    }

    private StepResult report(StepContext step) {
        long requirementId = TaskVariables.id(tasks, step.taskId(), REQUIREMENT_ID);
        ReportKind kind = ReportKind.valueOf(step.text("reportKind"));
        remediation.report(requirementId, kind, step.text("report"), fileName(step, "evidence"), step.user().getUsername(),
                onBehalf(step));
        return StepResult.of((kind == ReportKind.PROGRESS ? "Báo cáo tiến độ yêu cầu số " : "Báo cáo hoàn thành yêu cầu số ")
                + remediation.requirement(requirementId).getSeq() + behalfNote(step) + ": " + step.text("report"));
    }

    private StepResult confirm(StepContext step) {
        long requirementId = TaskVariables.id(tasks, step.taskId(), REQUIREMENT_ID);
        boolean accepted = "DONE".equals(step.text("decision"));
        ReportKind kind = remediation.pendingKind(requirementId);
        boolean done = remediation.confirm(requirementId, accepted, step.user().getUsername(), step.text("comment"));
        RemediationRequirement requirement = remediation.requirement(requirementId);
        if (!accepted) {
            returnedMail.send(step.taskId(), subjectOrg(step), cases.get(step.caseId()), requirement.getNotice(), requirement,
                    kind, step.text("comment"));
        }
        String what = kind == ReportKind.PROGRESS ? "báo cáo tiến độ" : "báo cáo hoàn thành";
        String summary = done ? "Xác nhận hoàn thành yêu cầu số " + requirement.getSeq()
                : accepted ? "Chấp nhận " + what + " yêu cầu số " + requirement.getSeq()
                : "Trả lại " + what + ", yêu cầu báo cáo lại yêu cầu số " + requirement.getSeq();
        return StepResult.of(summary + comment(step), Map.of(REQUIREMENT_DONE, done));
    }

    private String subjectOrg(StepContext step) {
        return tasks.getVariable(step.taskId(), CaseVariables.SUBJECT_ORG).toString();
    }

    private static boolean onBehalf(StepContext step) {
        return Boolean.TRUE.equals(step.values().get("onBehalf"));
    }

    private static String behalfNote(StepContext step) {
        return onBehalf(step) ? " (cán bộ kiểm tra nhập thay)" : "";
    }

    private static String comment(StepContext step) {
        return step.text("comment") == null ? "" : ": " + step.text("comment");
    }

    private static String fileName(StepContext step, String key) {
        return step.values().get(key) instanceof UploadedFile f && f.content().length > 0 ? f.fileName() : null;
    }
}
