package vn.ktgs.casefile;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts an opened case's process the one way every feature does: the case's process key, its number as the business
 * key, the variables every case process carries ({@link CaseVariables}) beside the feature's own, and the instance
 * linked to the case, in the caller's transaction so the case and its process commit together.
 */
@Service
@Transactional
public class CaseProcesses {

    private final RuntimeService runtime;
    private final CaseService cases;

    CaseProcesses(RuntimeService runtime, CaseService cases) {
        this.runtime = runtime;
        this.cases = cases;
    }

    /** Returns the process instance's id. {@code variables} may hold nulls (a date not set yet). */
    public String start(CaseFile opened, String committeeOrg, String subjectOrg, Map<String, ?> variables) {
        String instanceId = runtime.startProcessInstanceByKey(opened.getProcessKey(), opened.getCaseNumber(),
                withCase(opened, committeeOrg, subjectOrg, variables)).getId();
        cases.linkProcess(opened.getId(), instanceId);
        return instanceId;
    }

    /** The same, starting before {@code activityId}: the steps before it were decided elsewhere (a sign's inspection starts at the plan). */
    public String startAt(String activityId, CaseFile opened, String committeeOrg, String subjectOrg, Map<String, ?> variables) {
        String instanceId = runtime.createProcessInstanceByKey(opened.getProcessKey()).businessKey(opened.getCaseNumber())
                .setVariables(withCase(opened, committeeOrg, subjectOrg, variables)).startBeforeActivity(activityId).execute().getId();
        cases.linkProcess(opened.getId(), instanceId);
        return instanceId;
    }

    private static Map<String, Object> withCase(CaseFile opened, String committeeOrg, String subjectOrg, Map<String, ?> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(CaseVariables.CASE_ID, opened.getId());
        all.put(CaseVariables.COMMITTEE_ORG, committeeOrg);
        all.put(CaseVariables.SUBJECT_ORG, subjectOrg);
        return all;
    }
}
