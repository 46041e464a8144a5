package vn.ktgs.deadline;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.deadline.ExtensionService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.tasklist.TaskContext;
import vn.ktgs.tasklist.TaskVariables;

/** The decision task says which step, how long, why, and what the new date would be, in the task page's language. */
@Component
class ExtensionTaskContext implements TaskContext {

    private final ExtensionService extensions;
    private final TaskService tasks;
    private final BusinessCalendar calendar;

    ExtensionTaskContext(ExtensionService extensions, TaskService tasks, BusinessCalendar calendar) {
        this.extensions = extensions;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        return ExtensionService.PROCESS_KEY.equals(processKey);
    }

    @Override
    public List<String> lines(String taskId) {
        DeadlineExtension e = extensions.get(TaskVariables.id(tasks, taskId, ExtensionService.EXTENSION_ID));
        return List.of(translate("extension.context.step", e.getTaskName(), String.valueOf(e.getAmount()),
                        translate("unit." + e.getUnit().name()), e.getRequestedBy()),
                translate("extension.context.reason", e.getReason()),
                translate("extension.context.due", Formats.dateTime(e.getOldDue()),
                        Formats.dateTime(calendar.deadline(e.getOldDue(), e.getAmount(), e.getUnit()))));
    }
}
