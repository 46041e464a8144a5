package vn.ktgs.complaint.ui;

import java.util.List;
import com.vaadin.flow.i18n.I18NProvider;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.complaint.ComplaintProcess;
import vn.ktgs.complaint.ComplaintService;
import vn.ktgs.tasklist.TaskContext;
import vn.ktgs.tasklist.TaskVariables;

/**
 * Every step of a complaint shows, above its form, the decision complained about, that it stays in force, why the
 * complaint is (not) admissible and the deadline: the standing members approve a reply knowing its reasons.
 */
@Component
class ComplaintTaskContext implements TaskContext {

    private final ComplaintService complaints;
    private final ComplaintLines lines;
    private final TaskService tasks;

    ComplaintTaskContext(ComplaintService complaints, ComplaintLines lines, TaskService tasks) {
        this.complaints = complaints;
        this.lines = lines;
        this.tasks = tasks;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        return ComplaintProcess.KEY.equals(processKey);
    }

    @Override
    public List<String> lines(String taskId) {
        return lines.of(complaints.get(TaskVariables.id(tasks, taskId, ComplaintProcess.COMPLAINT_ID)),
                (key, args) -> I18NProvider.translate(key, args)).stream().map(ComplaintLines.Line::text).toList();
    }
}
