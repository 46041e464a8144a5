package vn.ktgs.asset;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.tasklist.TaskContext;

/**
 * Above each step's form after the decision: what the verification recorded so far (trigger, explanation, amounts,
 * conclusion, publication due date), so the inspector verifying sees the explanation and the chair concluding sees
 * the amounts without leaving the task.
 */
@Component
class AssetTaskContext implements TaskContext {

    private final AssetVerificationService verifications;
    private final TaskService tasks;

    AssetTaskContext(AssetVerificationService verifications, TaskService tasks) {
        this.verifications = verifications;
        this.tasks = tasks;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        return AssetVerificationProcess.KEY.equals(processKey);
    }

    @Override
    public List<String> lines(String taskId) {
        if (!(tasks.getVariable(taskId, CaseVariables.CASE_ID) instanceof Number caseId)) {
            return List.of();
        }
        return verifications.ofCase(caseId.longValue())
                .map(v -> AssetLines.of(v, (key, args) -> translate(key, args)).stream().map(AssetLines.Line::text).toList())
                .orElse(List.of());
    }
}
