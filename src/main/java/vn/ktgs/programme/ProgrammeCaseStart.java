package vn.ktgs.programme;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;

/**
 * The start contract of a process started from a programme, carried out: opens the case, records its first step
 * and starts the case's process by key (business key = case number) with {@code caseId}, {@code committeeOrg},
 * {@code subjectOrg}, {@link ProgrammeProcess#LEAD} and, when given, {@link ProgrammeProcess#PROGRAMME_ITEM_ID}.
 * {@link ProgrammeItemStarter} is its production caller (it checks the item and its rights first); process tests
 * start their cases through it too, so they exercise the same contract.
 */
@Service
@Transactional
public class ProgrammeCaseStart {

    /** {@code draft} carries the process key; the org codes are those of the draft's owner and subject. */
    public record Request(CaseFile draft, String caseNumberPrefix, String committeeOrgCode, String subjectOrgCode,
                          String lead, Long programmeItemId, String startedBy, String firstStepSummary) {
    }

    private final CaseService cases;
    private final RuntimeService runtime;

    ProgrammeCaseStart(CaseService cases, RuntimeService runtime) {
        this.cases = cases;
        this.runtime = runtime;
    }

    /** The case, its first step and the process commit together or not at all. */
    public CaseFile start(Request request) {
        CaseFile opened = cases.open(request.draft(), request.caseNumberPrefix());
        cases.recordStep(opened.getId(), request.startedBy(), "StartEvent_FromProgramme", "Bắt đầu theo chương trình",
                request.firstStepSummary(), null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, opened.getId());
        variables.put(CaseVariables.COMMITTEE_ORG, request.committeeOrgCode());
        variables.put(CaseVariables.SUBJECT_ORG, request.subjectOrgCode());
        variables.put(ProgrammeProcess.LEAD, request.lead());
        if (request.programmeItemId() != null) {
            variables.put(ProgrammeProcess.PROGRAMME_ITEM_ID, request.programmeItemId());
        }
        ProcessInstance instance = runtime.startProcessInstanceByKey(opened.getProcessKey(), opened.getCaseNumber(), variables);
        cases.linkProcess(opened.getId(), instance.getId());
        return opened;
    }
}
