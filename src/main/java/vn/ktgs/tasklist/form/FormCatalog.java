package vn.ktgs.tasklist.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The form a step of a process used, for reading what an earlier step recorded (a finished task has no deployed form
 * to ask the engine for). The forms deployed are the application's own ({@code formRefBinding="latest"}), so they are
 * read once from the classpath; a step key is looked up in the case's process first, then in the processes it calls.
 */
@Component
public class FormCatalog {

    private final RepositoryService repository;
    private final Map<String, FormDefinition> byId = new HashMap<>();
    private final Map<String, Optional<FormDefinition>> byStep = new ConcurrentHashMap<>();

    FormCatalog(RepositoryService repository) {
        this.repository = repository;
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                try (InputStream in = r.getInputStream()) {
                    FormDefinition form = FormParser.parse(in);
                    byId.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form of step {@code stepKey}, searched in process {@code processKey} first; empty for a step without a form. */
    public Optional<FormDefinition> ofStep(String processKey, String stepKey) {
        return byStep.computeIfAbsent(processKey + "/" + stepKey, k -> find(processKey, stepKey));
    }

    private Optional<FormDefinition> find(String processKey, String stepKey) {
        ProcessDefinition own = latest(processKey);
        if (own == null) {
            return Optional.empty();
        }
        Optional<FormDefinition> form = formIn(own, stepKey);
        if (form.isPresent()) {
            return form;
        }
        // a called process (the remediation follow-up) records its steps on the caller's case
        return repository.getBpmnModelInstance(own.getId()).getModelElementsByType(CallActivity.class).stream()
                .map(CallActivity::getCalledElement).distinct().map(this::latest)
                .map(d -> formIn(d, stepKey)).flatMap(Optional::stream).findFirst();
    }

    private ProcessDefinition latest(String processKey) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
    }

    private Optional<FormDefinition> formIn(ProcessDefinition definition, String stepKey) {
        if (definition == null) {
            return Optional.empty();
        }
        var element = repository.getBpmnModelInstance(definition.getId()).getModelElementById(stepKey);
        return element instanceof UserTask task && task.getCamundaFormRef() != null
                ? Optional.ofNullable(byId.get(task.getCamundaFormRef())) : Optional.empty();
    }
}
