package vn.ktgs.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormParser;

/**
 * The parsed Camunda form of a task. Reading it from the engine costs three queries and a JSON parse; a
 * deployed form never changes, so each node keeps the parsed form per (process definition, task key).
 * Forms are deployed with the application's models (formRefBinding "latest"): a new form version arrives
 * with a new application version, i.e. with a restart of the node.
 */
@Component
class TaskForms {

    private final FormService forms;
    private final Map<String, FormDefinition> parsed = new ConcurrentHashMap<>();

    TaskForms(FormService forms) {
        this.forms = forms;
    }

    FormDefinition of(InboxTask task) {
        if (task.getProcessDefinitionId() == null) { // a row projected before the column existed
            return read(task.getTaskId());
        }
        return parsed.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskKey(), key -> read(task.getTaskId()));
    }

    private FormDefinition read(String taskId) {
        try (InputStream in = forms.getDeployedTaskForm(taskId)) {
            return FormParser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
