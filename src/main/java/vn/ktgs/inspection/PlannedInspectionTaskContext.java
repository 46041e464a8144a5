package vn.ktgs.inspection;

import static vn.ktgs.inspection.ComplianceInspectionProcess.*;
import static vn.ktgs.inspection.InspectionProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.tasklist.TaskContext;

/**
 * Above the form of a programme inspection's task: the plan (decision, outline, due date) for whoever writes the
 * self-inspection report — the subject's contact sees no case page — and the recorded findings for the later steps.
 */
@Component
class PlannedInspectionTaskContext implements TaskContext {

    private static final Set<String> PLAN_STEPS = Set.of(TASK_SET_PLAN, TASK_CELL_ADOPT_PLAN);
    private static final Set<String> REPORT_STEPS = Set.of(TASK_SUBJECT_REPORT, TASK_CELL_SELF_REPORT);
    // the notice step shows the conclusion (with these findings) through ConclusionTaskContext
    private static final Set<String> AFTER_VERIFY = Set.of(TASK_RESULT_REPORT, TASK_CONCLUSION);

    private final CaseService cases;
    private final FindingService findings;
    private final TaskService tasks;

    PlannedInspectionTaskContext(CaseService cases, FindingService findings, TaskService tasks) {
        this.cases = cases;
        this.findings = findings;
        this.tasks = tasks;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        return PlannedInspectionProcess.KEYS.contains(processKey) && (REPORT_STEPS.contains(taskKey) || AFTER_VERIFY.contains(taskKey));
    }

    @Override
    public List<String> lines(String taskId) {
        long caseId = ((Number) tasks.getVariable(taskId, CaseVariables.CASE_ID)).longValue();
        String taskKey = tasks.createTaskQuery().taskId(taskId).singleResult().getTaskDefinitionKey();
        List<String> lines = new ArrayList<>();
        if (REPORT_STEPS.contains(taskKey)) {
            // the latest plan step: a plan entered again replaces the earlier one
            List<CaseEvent> plans = cases.timeline(caseId).stream().filter(e -> PLAN_STEPS.contains(e.getStepKey())).toList();
            if (!plans.isEmpty()) {
                lines.add(plans.get(plans.size() - 1).getSummary());
            }
        } else {
            String described = findings.describeForPage(caseId);
            if (!described.isEmpty()) {
                lines.addAll(List.of(described.split("\n")));
            }
        }
        return lines;
    }
}
