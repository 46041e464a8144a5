package vn.ktgs.complaint;

import static vn.ktgs.complaint.ComplaintProcess.*;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.casefile.CaseTeams;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/** The steps of discipline-complaint (procedures.md §1h); documents come from document/DocumentRegistry. */
@Component
class ComplaintStepHandler implements StepHandler {

    private final ComplaintDecisions decisions;
    private final CaseTeams teams;

    ComplaintStepHandler(ComplaintDecisions decisions, CaseTeams teams) {
        this.decisions = decisions;
        this.teams = teams;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        if (TASK_APPROVE_DECISION.equals(step.taskKey()) && "APPROVE".equals(step.text("decision"))) {
            return teams.check(step.caseId(), step.text(CaseTeams.LEAD), step.list(CaseTeams.MEMBERS));
        }
        if (!TASK_DECIDE.equals(step.taskKey())) {
            return List.of();
        }
        int cast = step.integer("votesFor") + step.integer("votesAgainst") + step.integer("votesAbstain");
        return decisions.check(complaintId(step), ComplaintOutcome.valueOf(step.text("outcome")), newForm(step),
                step.integer("memberCount"), step.integer("votesFor"), cast);
    }

    /** The committee's decision on the complaint stands once recorded (it may change or annul a discipline). */
    @Override
    public boolean irreversible(String taskKey) {
        return TASK_DECIDE.equals(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        long id = complaintId(step);
        return switch (step.taskKey()) {
            case TASK_APPROVE_REPLY -> "ACCEPT".equals(step.text("replyDecision"))
                    ? StepResult.of(decisions.acceptDespiteRules(id, step.text("acceptReason"), step.user().getUsername()),
                            Map.of(REPLY_DECISION, "ACCEPT"))
                    : StepResult.of(decisions.notAccepted(id, step.text("note"), step.today()), Map.of(REPLY_DECISION, "REPLY"));
            case TASK_APPROVE_DECISION -> "APPROVE".equals(step.text("decision"))
                    ? StepResult.of(decisions.accept(id, teams.assign(step.caseId(), step.text(CaseTeams.LEAD),
                            step.list(CaseTeams.MEMBERS), "trưởng đoàn")), Map.of(APPROVED, "APPROVE"))
                    : StepResult.of(decisions.notAccepted(id, step.text("reason"), step.today()), Map.of(APPROVED, "REJECT"));
            case TASK_VERIFY -> StepResult.of(ComplaintWording.clip("Làm việc với người khiếu nại: " + step.text("withComplainant")
                    + "; với tổ chức đảng đã thi hành kỷ luật: " + step.text("withDisciplinaryOrg") + "; ý kiến chi bộ: "
                    + step.text("conductSince") + "; thẩm tra, xác minh: " + step.text("verification"), 1000));
            case TASK_DRAFT_REPORT -> StepResult.of(ComplaintWording.clip("Báo cáo kết quả giải quyết khiếu nại (đề xuất "
                    + proposal(step.text("proposedOutcome")) + "): " + step.text("report"), 1000));
            case TASK_DECIDE -> StepResult.of(ComplaintWording.clip(decisions.resolve(id, ComplaintOutcome.valueOf(step.text("outcome")),
                    newForm(step), step.text("resolutionNumber"), step.text("reason"), step.today(), step.user().getUsername())
                    + "; biểu quyết: " + step.integer("votesFor") + "/" + step.integer("memberCount") + " tán thành", 1000));
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }

    private static long complaintId(StepContext step) {
        return ((Number) step.processVariables().get(COMPLAINT_ID)).longValue();
    }

    private static DisciplineForm newForm(StepContext step) {
        String v = step.text("newForm");
        return v == null || v.isEmpty() || !"CHANGE".equals(step.text("outcome")) ? null : DisciplineForm.valueOf(v);
    }

    private static String proposal(String outcome) {
        return switch (outcome) {
            case "CHANGE" -> "thay đổi hình thức kỷ luật";
            case "ANNUL" -> "xóa bỏ kỷ luật";
            default -> "giữ nguyên hình thức kỷ luật";
        };
    }
}
