package vn.ktgs.inspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.OrganizationService;

/** Puts the committee organisation's level into {@code committeeLevel}, so the model can route a cell its own way. */
@Component
class ReadCommitteeLevelDelegate implements JavaDelegate {

    private final OrganizationService organizations;

    ReadCommitteeLevelDelegate(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String committee = (String) execution.getVariable(CaseVariables.COMMITTEE_ORG);
        execution.setVariable(PlannedInspectionProcess.COMMITTEE_LEVEL, organizations.byCode(committee).getLevel().name());
    }
}
