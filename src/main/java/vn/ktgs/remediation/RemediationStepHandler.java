package vn.ktgs.remediation;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/** Steps of remediation-followup: the subject reports, the inspector accepts or returns. */
@Component
class RemediationStepHandler implements StepHandler {

    private final RemediationService remediation;
    private final TaskService tasks;

    RemediationStepHandler(RemediationService remediation, TaskService tasks) {
        this.remediation = remediation;
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return RemediationProcess.KEY.equals(processKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        long requirementId = vn.ktgs.tasklist.TaskVariables.id(tasks, step.taskId(), RemediationProcess.REQUIREMENT_ID);
        RemediationRequirement requirement = remediation.requirement(requirementId);
        return switch (step.taskKey()) {
            case RemediationProcess.TASK_REPORT -> {
                remediation.report(requirementId, step.text("report"));
                yield StepResult.of("Báo cáo khắc phục yêu cầu số " + requirement.getSeq() + ": " + step.text("report"));
            }
            case RemediationProcess.TASK_CONFIRM -> {
                boolean done = "DONE".equals(step.text("decision"));
                remediation.confirm(requirementId, done);
                yield StepResult.of((done ? "Xác nhận hoàn thành yêu cầu số " : "Trả lại, yêu cầu báo cáo lại yêu cầu số ")
                        + requirement.getSeq() + (step.text("comment") == null ? "" : ": " + step.text("comment")),
                        Map.of(RemediationProcess.REQUIREMENT_DONE, done));
            }
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }
}
