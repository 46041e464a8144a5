package vn.ktgs.document;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Which step of which process drafts which document: the templates every feature declares ({@link DocumentTemplates}). */
@Component
public class DocumentRegistry {

    private final List<DocumentTemplate> templates;

    DocumentRegistry(List<DocumentTemplates> features) {
        this.templates = features.stream().flatMap(f -> f.templates().stream()).toList();
    }

    /** The documents a completed step produces, given what was entered. */
    public List<DocumentTemplate> producedBy(String processKey, String taskKey, Map<String, Object> values) {
        return templates.stream().filter(t -> t.processKey().equals(processKey) && t.taskKey().equals(taskKey)
                && t.when().test(values)).toList();
    }

    /** Whether the step drafts any document for some values. */
    public boolean mayProduce(String processKey, String taskKey) {
        return templates.stream().anyMatch(t -> t.processKey().equals(processKey) && t.taskKey().equals(taskKey));
    }

    /** The templates that draft this kind in this process (a cell's notice comes from another step than a committee's). */
    public List<DocumentTemplate> find(String processKey, DocumentKind kind) {
        return templates.stream().filter(t -> t.processKey().equals(processKey) && t.kind() == kind).toList();
    }
}
