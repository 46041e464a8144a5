package vn.ktgs.deadline;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.TaskVariables;

/** The standing members' decision on an extension. */
@Component
class ExtensionStepHandler implements StepHandler {

    private final ExtensionService extensions;
    private final TaskService tasks;

    ExtensionStepHandler(ExtensionService extensions, TaskService tasks) {
        this.extensions = extensions;
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return ExtensionService.PROCESS_KEY.equals(processKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        long extensionId = TaskVariables.id(tasks, step.taskId(), ExtensionService.EXTENSION_ID);
        return StepResult.of(extensions.decide(extensionId, "APPROVE".equals(step.text("decision")),
                step.user().getUsername(), step.text("comment")));
    }
}
