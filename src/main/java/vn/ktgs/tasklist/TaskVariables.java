package vn.ktgs.tasklist;

import org.camunda.bpm.engine.TaskService;

/** Reading the id variables (our row ids) a task sees; the engine stores them as Integer or Long. */
public final class TaskVariables {

    private TaskVariables() {
    }

    public static long id(TaskService tasks, String taskId, String name) {
        return ((Number) tasks.getVariable(taskId, name)).longValue();
    }
}
