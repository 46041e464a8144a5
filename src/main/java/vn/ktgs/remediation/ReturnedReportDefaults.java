package vn.ktgs.remediation;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.StepDefaults;
import vn.ktgs.tasklist.form.FormDefinition;

/**
 * A plan or report the committee returned comes back with what the subject sent, to be corrected rather than typed
 * again (the reason of the return is shown above the form by {@link RequirementTaskContext}). The file is chosen again.
 */
@Component
class ReturnedReportDefaults implements StepDefaults {

    private final RemediationService remediation;
    private final TaskService tasks;

    ReturnedReportDefaults(RemediationService remediation, TaskService tasks) {
        this.remediation = remediation;
        this.tasks = tasks;
    }

    @Override
    public Map<String, Object> values(InboxTask task, FormDefinition form) {
        boolean plan = RemediationProcess.TASK_SUBMIT_PLAN.equals(task.getTaskKey());
        if (!RemediationProcess.KEY.equals(task.getProcessKey()) || !plan && !RemediationProcess.TASK_REPORT.equals(task.getTaskKey())) {
            return Map.of();
        }
        Object noticeId = tasks.getVariable(task.getTaskId(), RemediationProcess.NOTICE_ID);
        Object requirement = plan ? null : tasks.getVariable(task.getTaskId(), RemediationProcess.REQUIREMENT_ID);
        Long requirementId = requirement == null ? null : ((Number) requirement).longValue();
        return remediation.lastReturned(((Number) noticeId).longValue(), requirementId)
                .map(returned -> plan ? Map.<String, Object>of("plan", returned.getReportText())
                        : Map.<String, Object>of("reportKind", returned.getKind().name(), "report", returned.getReportText()))
                .orElse(Map.of());
    }
}
