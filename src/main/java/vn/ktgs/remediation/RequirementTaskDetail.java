package vn.ktgs.remediation;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.TaskDetail;

/** A requirement's task says which requirement: two of one notice would otherwise look the same in the inbox. */
@Component
class RequirementTaskDetail implements TaskDetail {

    static final int MAX = 200;

    private final RemediationService remediation;

    RequirementTaskDetail(RemediationService remediation) {
        this.remediation = remediation;
    }

    @Override
    public Optional<String> of(DelegateTask task) {
        Object requirementId = task.getVariable(RemediationProcess.REQUIREMENT_ID);
        if (requirementId == null) {
            return Optional.empty();
        }
        RemediationRequirement r = remediation.requirement(requirementId);
        String text = "(" + r.getSeq() + ") " + r.getContent(); // numbered as in the notice; no words to translate
        return Optional.of(text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…");
    }
}
