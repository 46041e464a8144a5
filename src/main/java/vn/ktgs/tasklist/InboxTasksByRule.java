package vn.ktgs.tasklist;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.OpenTasksByRule;

/** Answers the rule editor from the inbox projection (indexed by rule). */
@Component
class InboxTasksByRule implements OpenTasksByRule {

    private final InboxTaskRepository inbox;

    InboxTasksByRule(InboxTaskRepository inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<DatedTask> datedBy(long ruleId) {
        return inbox.findByDueRuleIdOrderByDueAt(ruleId).stream()
                .map(t -> new DatedTask(t.getTaskId(), t.getCaseNumber(), t.getTaskName(), t.getCreatedAt(), t.getDueAt()))
                .toList();
    }
}
