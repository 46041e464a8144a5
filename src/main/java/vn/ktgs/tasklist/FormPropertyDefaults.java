package vn.ktgs.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.organization.Rosters;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormField;

/**
 * Where a form says a field starts from what the case already knows, through KTGS's form properties:
 * <ul>
 * <li>{@code startsFrom} ("lead"): that process variable, so what an earlier step decided is carried, not typed again
 * (the programme item's lead to the plan's team lead, the proposal's team to the plan's members);</li>
 * <li>{@code rosterOf} ("committeeOrg"): the field is the size of a voting body, from the roster of the organisation
 * whose code that process variable holds, instead of being typed from memory.</li>
 * </ul>
 */
@Component
class FormPropertyDefaults implements StepDefaults {

    static final String STARTS_FROM = "startsFrom";
    static final String ROSTER_OF = "rosterOf";

    private final TaskService tasks;
    private final Rosters rosters;

    FormPropertyDefaults(TaskService tasks, Rosters rosters) {
        this.tasks = tasks;
        this.rosters = rosters;
    }

    @Override
    public Map<String, Object> values(InboxTask task, FormDefinition form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.inputs()) {
            Object carried = variable(task, field.property(STARTS_FROM));
            if (carried != null && !carried.toString().isBlank()) {
                values.put(field.key(), carried);
            }
            Object body = variable(task, field.property(ROSTER_OF));
            if (body != null) {
                rosters.votingMembers(body.toString()).ifPresent(n -> values.put(field.key(), n));
            }
        }
        return values;
    }

    private Object variable(InboxTask task, String name) {
        return name == null ? null : tasks.getVariable(task.getTaskId(), name);
    }
}
