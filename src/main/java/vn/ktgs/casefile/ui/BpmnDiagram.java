package vn.ktgs.casefile.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Map;
import vn.ktgs.casefile.CaseProgress.Progress;

/** A process model drawn by bpmn-js's viewer, the path taken and the steps open now marked (ktgs-bpmn-viewer.js). */
@Tag("ktgs-bpmn-viewer")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./ktgs-bpmn-viewer.js")
@CssImport("bpmn-js/dist/assets/diagram-js.css")
@CssImport("./styles/ktgs-bpmn.css")
public class BpmnDiagram extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    public BpmnDiagram(Progress progress) {
        try {
            getElement().setProperty("diagram", JSON.writeValueAsString(Map.of("xml", progress.bpmnXml(),
                    "done", progress.done(), "active", progress.active(), "flowsTaken", progress.flowsTaken())));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
