package vn.ktgs.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The planned inspections are one model, {@code bpmn/inspection/inspection-compliance.bpmn} (procedures.md §1b–§1d): a
 * finance inspection and an inspection of discipline work run the same steps and differ only in their names and the
 * verification step's form. They are deployed from that model as soon as the application's own models are, under
 * their own keys, so deadline rules, step handlers, documents and programme items keep telling them apart; an
 * unchanged model is not deployed again (duplicate filtering), and instances of earlier versions run on as they were.
 */
@Component
public class PlannedInspectionModels {

    private static final Logger log = LoggerFactory.getLogger(PlannedInspectionModels.class);
    static final String MODEL = "/bpmn/inspection/inspection-compliance.bpmn";
    static final String DEPLOYMENT = "ktgs-planned-inspections";

    /** What a variant changes in the compliance model: names, and the verification step's name and form. */
    public record Variant(String key, String name, String startName, String verifyName, String verifyForm, String conclusionName) {
    }

    public static final List<Variant> VARIANTS = List.of(
            new Variant(FinanceInspectionProcess.KEY, "Kiểm tra tài chính đảng", "Kiểm tra tài chính theo chương trình",
                    "Thẩm tra thu chi, kế toán, đảng phí", "inspection-finance-verify", "Hội nghị kết luận kiểm tra tài chính"),
            new Variant(DisciplineWorkInspectionProcess.KEY,
                    "Kiểm tra việc thi hành kỷ luật, công tác kiểm tra, giám sát của cấp dưới", "Kiểm tra theo chương trình",
                    "Thẩm tra công tác kiểm tra, giám sát, kỷ luật", "inspection-discipline-work-verify", "Hội nghị kết luận kiểm tra"));

    private final RepositoryService repository;

    PlannedInspectionModels(RepositoryService repository) {
        this.repository = repository;
    }

    /** Runs right after the process application deployed bpmn/, before any runner or user starts a case. */
    @EventListener(PostDeployEvent.class)
    void deployVariants() {
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT).source("ktgs").enableDuplicateFiltering(true);
        for (Variant variant : VARIANTS) {
            deployment.addModelInstance(variant.key() + ".bpmn", derive(variant));
        }
        // an unchanged model is filtered out: no new definitions, and Camunda answers null rather than an empty list
        var definitions = deployment.deployWithResult().getDeployedProcessDefinitions();
        log.info("Planned inspection variants {}: {} new definitions", VARIANTS.stream().map(Variant::key).toList(),
                definitions == null ? 0 : definitions.size());
    }

    /** The compliance model under a variant's key, names and verification form. */
    public static BpmnModelInstance derive(Variant variant) {
        BpmnModelInstance model = compliance();
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.setId(variant.key());
        process.setName(variant.name());
        model.getModelElementsByType(StartEvent.class).forEach(start -> start.setName(variant.startName()));
        UserTask verify = model.getModelElementById(InspectionProcess.TASK_VERIFY);
        verify.setName(variant.verifyName());
        verify.setCamundaFormRef(variant.verifyForm());
        UserTask conclusion = model.getModelElementById(InspectionProcess.TASK_CONCLUSION);
        conclusion.setName(variant.conclusionName());
        return model;
    }

    private static BpmnModelInstance compliance() {
        try (InputStream in = PlannedInspectionModels.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is not on the class path");
            }
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
