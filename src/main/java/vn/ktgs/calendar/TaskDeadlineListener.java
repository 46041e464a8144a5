package vn.ktgs.calendar;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.OrganizationService;

/**
 * Gives every new user task its due date from the deadline rule table, unless the model already set one
 * (e.g. the subject's report, whose date the team lead chooses). Runs in the engine's transaction.
 */
@Component
class TaskDeadlineListener {

    /** Task-local variable naming the rule behind the due date, for the inbox and the case page. */
    public static final String DUE_RULE = "dueRule";
    public static final String DUE_RULE_ID = "dueRuleId";

    private final DeadlineService deadlines;
    private final OrganizationService organizations;

    TaskDeadlineListener(DeadlineService deadlines, OrganizationService organizations) {
        this.deadlines = deadlines;
        this.organizations = organizations;
    }

    @Order(1)
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    public void onCreate(DelegateTask task) {
        if (task.getDueDate() != null) {
            task.setVariableLocal(DUE_RULE, "Hạn do người dùng đặt trong quy trình");
            return;
        }
        String processKey = task.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getKey();
        Object committee = task.getVariable(CaseVariables.COMMITTEE_ORG);
        var level = committee == null ? null : organizations.byCode(committee.toString()).getLevel();
        deadlines.ruleFor(processKey, task.getTaskDefinitionKey(), level).ifPresent(rule -> {
            task.setDueDate(Date.from(deadlines.dueDate(rule, CaseService.now())));
            task.setVariableLocal(DUE_RULE, rule.describe());
            task.setVariableLocal(DUE_RULE_ID, rule.getId());
        });
    }
}
