package vn.ktgs.programme;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseProcesses;
import vn.ktgs.casefile.CaseService;

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
    private final CaseProcesses processes;

    ProgrammeCaseStart(CaseService cases, CaseProcesses processes) {
        this.cases = cases;
        this.processes = processes;
    }

    /** The case, its first step and the process commit together or not at all. */
    public CaseFile start(Request request) {
        CaseFile opened = cases.open(request.draft(), request.caseNumberPrefix());
        cases.recordStep(opened.getId(), request.startedBy(), "StartEvent_FromProgramme", "Bắt đầu theo chương trình",
                request.firstStepSummary(), null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProgrammeProcess.LEAD, request.lead());
        if (request.programmeItemId() != null) {
            variables.put(ProgrammeProcess.PROGRAMME_ITEM_ID, request.programmeItemId());
        }
        processes.start(opened, request.committeeOrgCode(), request.subjectOrgCode(), variables);
        return opened;
    }
}
