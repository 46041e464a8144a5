package vn.ktgs.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.*;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.*;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/**
 * Where a case stands in its process: the model with the path taken and the active steps (the case page draws it),
 * and a checklist of the steps done (when, by whom), open (due, holder) and still to come (who will do them, and
 * whether they come for sure or only on some outcome).
 */
@Service
public class CaseProgress {

    public enum State { DONE, OPEN, NEXT, POSSIBLE }

    /**
     * One step of the checklist. {@code who} is a person's full name for a step done or held, or the role keys
     * ({@code role.X}) of who will take a step to come; {@code at} is when it ended, or when an open step is due.
     */
    public record Step(String activityId, String name, State state, Instant at, String who, List<String> roles) {
    }

    /** The model (BPMN XML with its diagram), the elements done, the active ones, the flows taken, and the checklist. */
    public record Progress(String bpmnXml, Set<String> done, Set<String> active, Set<String> flowsTaken, List<Step> steps) {
    }

    private final HistoryService history;
    private final RepositoryService repository;
    private final UserDirectory users;

    CaseProgress(HistoryService history, RepositoryService repository, UserDirectory users) {
        this.history = history;
        this.repository = repository;
        this.users = users;
    }

    /** Empty when the case has no process (a letter not yet classified) or the reader may not see the case. */
    @Transactional(readOnly = true)
    public Optional<Progress> of(KtgsUser user, CaseFile c) {
        return of(user, c, null);
    }

    /** The same in the reader's language: the steps' names and the diagram's labels from the model's translation. */
    @Transactional(readOnly = true)
    public Optional<Progress> of(KtgsUser user, CaseFile c, Locale locale) {
        if (c.getProcessInstanceId() == null || !CaseService.canSee(user, c)) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(c.getProcessInstanceId()).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
        Set<String> done = new LinkedHashSet<>();
        Set<String> active = new LinkedHashSet<>();
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().list()) {
            if (a.getEndTime() == null) {
                active.add(a.getActivityId());
            } else if (!a.isCanceled()) {
                done.add(a.getActivityId());
            }
        }
        Set<String> flowsTaken = new LinkedHashSet<>();
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            String target = flow.getTarget().getId();
            if (done.contains(flow.getSource().getId()) && (done.contains(target) || active.contains(target))) {
                flowsTaken.add(flow.getId());
            }
        }
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .orderByHistoricActivityInstanceStartTime().asc().list();
        Map<String, String> names = users.fullNames(tasks.stream().map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).distinct().toList());
        List<Step> steps = new ArrayList<>();
        tasks.stream().filter(t -> t.getEndTime() != null && "completed".equals(t.getDeleteReason()))
                .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime))
                .forEach(t -> steps.add(new Step(t.getTaskDefinitionKey(), t.getName(), State.DONE, t.getEndTime().toInstant(),
                        name(names, t.getAssignee()), List.of())));
        tasks.stream().filter(t -> t.getEndTime() == null)
                .forEach(t -> steps.add(new Step(t.getTaskDefinitionKey(), t.getName(), State.OPEN,
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(), name(names, t.getAssignee()), List.of())));
        Set<String> listed = new HashSet<>(done);
        listed.addAll(active);
        steps.addAll(toCome(model, active, listed, c));
        String key = instance.getProcessDefinitionKey();
        List<Step> named = steps.stream().map(s -> new Step(s.activityId(), ModelTexts.stepName(key, s.activityId(), s.name(), locale),
                s.state(), s.at(), s.who(), s.roles())).toList();
        return Optional.of(new Progress(translated(xml(instance.getProcessDefinitionId()), key, locale), done, active, flowsTaken, named));
    }

    /**
     * The user steps and sub-processes reachable from the active elements, breadth first. A step behind a gateway that
     * chooses one way or waits for the first event is only POSSIBLE; the steps done before are not listed again, though
     * a return may repeat them.
     */
    private List<Step> toCome(BpmnModelInstance model, Set<String> active, Set<String> listed, CaseFile c) {
        record Reach(FlowNode node, boolean sure) { }
        Deque<Reach> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String id : active) {
            if (model.getModelElementById(id) instanceof FlowNode node) {
                queue.add(new Reach(node, true));
                seen.add(id);
            }
        }
        List<Step> steps = new ArrayList<>();
        while (!queue.isEmpty()) {
            Reach r = queue.poll();
            boolean sure = r.sure() && !chooses(r.node());
            for (SequenceFlow out : r.node().getOutgoing()) {
                FlowNode next = out.getTarget();
                if (!seen.add(next.getId())) {
                    continue;
                }
                if ((next instanceof UserTask || next instanceof CallActivity) && !listed.contains(next.getId())) {
                    steps.add(new Step(next.getId(), next.getName(), sure ? State.NEXT : State.POSSIBLE, null,
                            next instanceof UserTask task ? assigned(task, c) : null,
                            next instanceof UserTask task ? roles(task) : List.of()));
                }
                queue.add(new Reach(next, sure));
            }
        }
        return steps;
    }

    private static boolean chooses(FlowNode node) {
        return (node instanceof ExclusiveGateway || node instanceof InclusiveGateway || node instanceof EventBasedGateway)
                && node.getOutgoing().size() > 1;
    }

    /** The team lead's full name for a step given to the lead, when the case has one. */
    private String assigned(UserTask task, CaseFile c) {
        String assignee = task.getCamundaAssignee();
        if (assignee == null || c.getTeamLead() == null || !(assignee.contains("teamLead") || assignee.contains("'lead'"))) {
            return null;
        }
        return name(users.fullNames(List.of(c.getTeamLead())), c.getTeamLead());
    }

    /** "INSPECTOR:${committeeOrg},TEAM_LEAD:${committeeOrg}" → role.INSPECTOR, role.TEAM_LEAD; a lead's step → role.TEAM_LEAD. */
    private static List<String> roles(UserTask task) {
        List<String> roles = new ArrayList<>();
        if (task.getCamundaCandidateGroups() != null) {
            for (String group : task.getCamundaCandidateGroups().split(",")) {
                roles.add("role." + group.trim().split(":")[0]);
            }
        } else if (task.getCamundaAssignee() != null) {
            roles.add("role.TEAM_LEAD");
        }
        return roles;
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    /** The model's names in the reader's language; a copy, since the engine caches the deployed model. */
    private static String translated(String xml, String processKey, Locale locale) {
        if (ModelTexts.own(locale)) {
            return xml;
        }
        BpmnModelInstance copy = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        for (FlowElement element : copy.getModelElementsByType(FlowElement.class)) {
            ModelTexts.step(processKey, element.getId(), locale).ifPresent(element::setName);
        }
        return Bpmn.convertToString(copy);
    }

    private String xml(String definitionId) {
        try (var in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new IllegalStateException("model of " + definitionId + " unreadable", unreadable);
        }
    }
}
