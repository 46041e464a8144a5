package vn.ktgs.tasklist;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.organization.Rosters;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormField;

/**
 * KTGS's form property {@code rosterOf} ("committeeOrg"): the field is the size of a voting body, and starts from the
 * roster of the organisation whose code the named process variable holds, instead of being typed from memory.
 */
@Component
class RosterDefaults implements StepDefaults {

    static final String PROPERTY = "rosterOf";

    private final Rosters rosters;
    private final TaskService tasks;

    RosterDefaults(Rosters rosters, TaskService tasks) {
        this.rosters = rosters;
        this.tasks = tasks;
    }

    @Override
    public Map<String, Object> values(InboxTask task, FormDefinition form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.inputs()) {
            String variable = field.property(PROPERTY);
            if (variable == null) {
                continue;
            }
            Object orgCode = tasks.getVariable(task.getTaskId(), variable);
            if (orgCode != null) {
                rosters.votingMembers(orgCode.toString()).ifPresent(n -> values.put(field.key(), n));
            }
        }
        return values;
    }
}
