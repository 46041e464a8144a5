package vn.ktgs.remediation;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.base.ui.Formats;
import vn.ktgs.tasklist.TaskContext;

/** A remediation task names the requirement it is about, its owner and its due date. */
@Component
class RequirementTaskContext implements TaskContext {

    private final RemediationService remediation;
    private final TaskService tasks;

    RequirementTaskContext(RemediationService remediation, TaskService tasks) {
        this.remediation = remediation;
        this.tasks = tasks;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        return RemediationProcess.KEY.equals(processKey);
    }

    @Override
    public List<String> lines(String taskId) {
        RemediationRequirement r = remediation.requirement(tasks.getVariable(taskId, RemediationProcess.REQUIREMENT_ID));
        return List.of("Yêu cầu số " + r.getSeq() + ": " + r.getContent(),
                "Thực hiện: " + r.getOwnerName() + " · hạn " + Formats.date(r.getDueDate())
                        + (r.getLastReport() == null ? "" : " · báo cáo gần nhất: " + r.getLastReport()));
    }
}
