package vn.ktgs.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case with the status given by the service task's input parameter {@code closeStatus}. */
@Component
public class CloseCaseDelegate implements JavaDelegate {

    private final CaseService cases;

    CloseCaseDelegate(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(CaseVariables.CASE_ID)).longValue();
        CaseStatus status = CaseStatus.valueOf((String) execution.getVariable(CaseVariables.CLOSE_STATUS));
        cases.close(caseId, status);
        cases.recordStep(caseId, "system", execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                "Đóng hồ sơ: " + status, null);
    }
}
