package vn.ktgs.supervision;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.form.FormValidationException;

/**
 * Opens a thematic supervision case of an organisation and starts {@code supervision-thematic} by its start contract
 * (see {@link SupervisionProcess}); programme items start it the same way.
 */
@Service
@Transactional
public class SupervisionService {

    private final CaseService cases;
    private final OrganizationService organizations;
    private final RuntimeService runtime;

    SupervisionService(CaseService cases, OrganizationService organizations, RuntimeService runtime) {
        this.cases = cases;
        this.organizations = organizations;
        this.runtime = runtime;
    }

    /** The subject must lie within the committee's jurisdiction; {@code programmeItemId} may be null. */
    public CaseFile start(String committeeOrgCode, String subjectOrgCode, String title, String content, String lead,
                          Long programmeItemId) {
        Organization committee = organizations.byCode(committeeOrgCode);
        Organization subject = organizations.byCode(subjectOrgCode);
        if (!subject.isWithin(committee.getPath())) {
            throw FormValidationException.of("subjectOrg", "outsideJurisdiction");
        }
        CaseFile opened = cases.open(new CaseFile(SupervisionProcess.KEY, title, content, committee.getId(), committee.getPath(),
                subject.getId(), null, subject.getName(), subject.getPath(), null, null, lead, CaseService.now()),
                SupervisionProcess.CASE_NUMBER_PREFIX);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, opened.getId());
        variables.put(CaseVariables.COMMITTEE_ORG, committee.getCode());
        variables.put(CaseVariables.SUBJECT_ORG, subject.getCode());
        variables.put(SupervisionProcess.LEAD, lead);
        if (programmeItemId != null) {
            variables.put(SupervisionProcess.PROGRAMME_ITEM_ID, programmeItemId);
        }
        cases.recordStep(opened.getId(), lead, "StartEvent_SupervisionStarted", "Bắt đầu giám sát chuyên đề",
                "Giám sát chuyên đề " + subject.getName() + ": " + title, null);
        ProcessInstance instance = runtime.startProcessInstanceByKey(SupervisionProcess.KEY, opened.getCaseNumber(), variables);
        cases.linkProcess(opened.getId(), instance.getId());
        return opened;
    }
}
