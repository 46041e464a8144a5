package vn.ktgs.inspection;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.TaskContext;

/**
 * Above the conclusion notice's form, in every process that issues one (inspection-violation, compliance incl. the
 * cell's notice, finance, discipline work, thematic supervision): what the conclusion step recorded — outcome,
 * findings, vote, who and when — so the team lead writes the notice from it instead of asking. It reads the process
 * variables {@link InspectionSteps#conclude} wrote and the conclusion's timeline entry (member count, author, time).
 */
@Component
class ConclusionTaskContext implements TaskContext {

    private static final Set<String> NOTICE_STEPS = Set.of(InspectionProcess.TASK_NOTICE, ComplianceInspectionProcess.TASK_CELL_NOTICE);
    private static final Set<String> CONCLUSION_STEPS = Set.of(InspectionProcess.TASK_CONCLUSION,
            ComplianceInspectionProcess.TASK_CELL_CONCLUSION);

    private final CaseService cases;
    private final TaskService tasks;
    private final UserDirectory directory;
    private final ObjectMapper json;

    ConclusionTaskContext(CaseService cases, TaskService tasks, UserDirectory directory, ObjectMapper json) {
        this.cases = cases;
        this.tasks = tasks;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        // the supervision's notice step has the same key and the same conclusion variables
        return NOTICE_STEPS.contains(taskKey);
    }

    @Override
    public List<String> lines(String taskId) {
        Map<String, Object> v = tasks.getVariables(taskId);
        Object outcome = v.get(InspectionProcess.CONCLUSION);
        if (outcome == null || !(v.get(CaseVariables.CASE_ID) instanceof Number caseId)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(translate("conclusion.context.outcome", translate("outcome." + outcome)));
        String findings = Objects.toString(v.get(InspectionSteps.CONCLUSION_FINDINGS), "").strip();
        if (!findings.isEmpty()) {
            lines.add(translate("conclusion.context.findings"));
            findings.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        }
        List<CaseEvent> concluded = cases.timeline(caseId.longValue()).stream()
                .filter(e -> CONCLUSION_STEPS.contains(e.getStepKey())).toList();
        CaseEvent conclusion = concluded.isEmpty() ? null : concluded.get(concluded.size() - 1);
        Integer members = conclusion == null ? null : memberCount(conclusion);
        lines.add(members == null
                ? translate("conclusion.context.votes", v.get("votesFor"), v.get("votesAgainst"), v.get("votesAbstain"))
                : translate("conclusion.context.votesOfMembers", v.get("votesFor"), members, v.get("votesAgainst"), v.get("votesAbstain")));
        if (conclusion != null) {
            String who = UserDirectory.nameWithUsername(directory.fullNames(Collections.singleton(conclusion.getActor())),
                    conclusion.getActor());
            lines.add(translate("conclusion.context.recorded", conclusion.getStepName(), who, Formats.dateTime(conclusion.getAt())));
        }
        return lines;
    }

    /** The member count the chair typed, kept only in the step's recorded form values. */
    private Integer memberCount(CaseEvent conclusion) {
        if (conclusion.getData() == null) {
            return null;
        }
        try {
            JsonNode count = json.readTree(conclusion.getData()).get("memberCount");
            return count == null || !count.isNumber() ? null : count.intValue();
        } catch (Exception unreadable) {
            return null;
        }
    }
}
