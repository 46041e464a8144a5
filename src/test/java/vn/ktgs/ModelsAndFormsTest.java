package vn.ktgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.*;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import vn.ktgs.inspection.FinanceInspectionProcess;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.inspection.PlannedInspectionModels;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormField;
import vn.ktgs.tasklist.form.FormTranslation;
import vn.ktgs.tasklist.form.FormParser;

/** The files in bpmn/ and forms/ fit together: every form a model names exists and parses, every process keeps history bounded. */
class ModelsAndFormsTest {

    private static List<Path> files(String dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of(dir))) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Map<String, FormDefinition> forms() throws IOException {
        Map<String, FormDefinition> forms = new HashMap<>();
        for (Path p : files("forms", ".form")) {
            try (InputStream in = Files.newInputStream(p)) {
                FormDefinition form = FormParser.parse(in);
                forms.put(form.id(), form);
            }
        }
        return forms;
    }

    @Test
    void every_form_reference_in_a_model_resolves_to_a_form_file() throws IOException {
        Map<String, FormDefinition> forms = forms();
        List<String> refs = new ArrayList<>();
        for (var named : models().entrySet()) {
            String p = named.getKey();
            BpmnModelInstance model = named.getValue();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of %s in %s", task.getId(), p).isNotBlank();
                refs.add(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    refs.add(start.getCamundaFormRef());
                }
            }
        }
        assertThat(forms.keySet()).containsAll(refs);
        assertThat(refs).containsAll(forms.keySet());
    }

    @Test
    void every_process_is_executable_and_bounds_its_history() throws IOException {
        for (var named : models().entrySet()) {
            for (Process process : named.getValue().getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(named.getKey()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(named.getKey()).isNotBlank();
            }
        }
    }

    /** The case page draws the model (bpmn-js): every step and flow needs its place in the diagram. */
    @Test
    void every_element_of_every_model_has_its_place_in_the_diagram() throws IOException {
        for (var named : models().entrySet()) {
            BpmnModelInstance model = named.getValue();
            Set<String> drawn = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class)
                    .forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class)
                    .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
            for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
                if (element instanceof FlowNode || element instanceof SequenceFlow) {
                    assertThat(drawn).as("%s of %s is drawn", element.getId(), named.getKey()).contains(element.getId());
                }
            }
        }
    }

    @Test
    void the_planned_inspections_are_the_compliance_model_with_their_own_names_and_verification_form() throws IOException {
        BpmnModelInstance finance = models().get("derived " + FinanceInspectionProcess.KEY);
        Process process = finance.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.getId()).isEqualTo(FinanceInspectionProcess.KEY);
        UserTask verify = finance.getModelElementById(InspectionProcess.TASK_VERIFY);
        assertThat(verify.getCamundaFormRef()).isEqualTo("inspection-finance-verify");
        assertThat(verify.getName()).isEqualTo("Thẩm tra thu chi, kế toán, đảng phí");
        // every other step is the compliance model's own
        BpmnModelInstance compliance = models().get("bpmn/inspection/inspection-compliance.bpmn");
        assertThat(finance.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyElementsOf(compliance.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList());
    }

    /** English means everything on screen: every form's labels, descriptions, options and texts have their English. */
    @Test
    void every_text_of_every_form_has_its_english() throws IOException {
        List<String> missing = new ArrayList<>();
        for (FormDefinition form : forms().values()) {
            FormDefinition english = FormTranslation.localize(form, Locale.ENGLISH);
            compare(form.id(), form.components(), english.components(), missing);
        }
        assertThat(missing).isEmpty();
    }

    private static void compare(String formId, List<FormField> own, List<FormField> english, List<String> missing) {
        for (int i = 0; i < own.size(); i++) {
            FormField v = own.get(i);
            FormField e = english.get(i);
            String where = formId + "." + (v.key() == null ? v.type() + " " + i : v.key());
            if (v.label() != null && v.label().equals(e.label())) missing.add(where + ".label");
            if (v.description() != null && v.description().equals(e.description())) missing.add(where + ".description");
            if (v.text() != null && !v.text().isBlank() && v.text().equals(e.text())) missing.add(where + ".text");
            for (int o = 0; v.values() != null && o < v.values().size(); o++) {
                if (v.values().get(o).label().equals(e.values().get(o).label())) missing.add(where + ".option." + v.values().get(o).value());
            }
            if (v.components() != null) compare(formId, v.components(), e.components(), missing);
        }
    }

    /** … and every named element of every model, the planned inspections' own names included. */
    @Test
    void every_named_element_of_every_model_has_its_english_name() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var named : models().entrySet()) {
            String key = named.getValue().getModelElementsByType(Process.class).iterator().next().getId();
            for (FlowElement element : named.getValue().getModelElementsByType(FlowElement.class)) {
                if (element.getName() != null && !element.getName().isBlank()
                        && ModelTexts.step(key, element.getId(), Locale.ENGLISH).filter(en -> !en.isBlank()).isEmpty()) {
                    missing.add(key + "." + element.getId());
                }
            }
        }
        assertThat(missing).isEmpty();
        // a step named differently in a planned inspection has its own English
        assertThat(ModelTexts.step(FinanceInspectionProcess.KEY, InspectionProcess.TASK_VERIFY, Locale.ENGLISH))
                .isNotEqualTo(ModelTexts.step("inspection-compliance", InspectionProcess.TASK_VERIFY, Locale.ENGLISH));
    }

    /** The model files, and the planned inspections deployed from the compliance model. */
    private static Map<String, BpmnModelInstance> models() throws IOException {
        Map<String, BpmnModelInstance> models = new TreeMap<>();
        for (Path p : files("bpmn", ".bpmn")) {
            models.put(p.toString(), Bpmn.readModelFromFile(p.toFile()));
        }
        PlannedInspectionModels.VARIANTS.forEach(v -> models.put("derived " + v.key(), PlannedInspectionModels.derive(v)));
        return models;
    }

    /**
     * Browsers compile an input's pattern with the "v" flag, where a character class must escape ( ) [ ] { } / | and a
     * "-" that does not join a range; an invalid pattern is ignored and the field's check silently never runs.
     */
    @Test
    void every_pattern_is_valid_for_the_browser_too() throws IOException {
        List<String> invalid = new ArrayList<>();
        for (FormDefinition form : forms().values()) {
            form.inputs().stream().filter(f -> f.pattern() != null && !validWithVFlag(f.pattern()))
                    .forEach(f -> invalid.add(form.id() + "." + f.key() + ": " + f.pattern()));
        }
        assertThat(invalid).isEmpty();
        assertThat(validWithVFlag("^[0-9]+-TB/[A-Za-z0-9.-]+$")).as("the check itself").isFalse();
        assertThat(validWithVFlag("^[0-9]+-TB/[A-Za-z0-9.\\-]+$")).isTrue();
    }

    private static boolean validWithVFlag(String pattern) {
        boolean inClass = false;
        int classStart = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is always fine
                continue;
            }
            if (!inClass) {
                if (c == '[') {
                    inClass = true;
                    classStart = i + 1 < pattern.length() && pattern.charAt(i + 1) == '^' ? i + 2 : i + 1;
                    i = classStart - 1;
                }
                continue;
            }
            if (c == ']') {
                inClass = false;
            } else if ("()[{}/|".indexOf(c) >= 0) {
                return false;
            } else if (c == '-' && (i == classStart || pattern.charAt(i + 1) == ']')) {
                return false;
            }
        }
        return true;
    }

    @Test
    void every_form_field_has_a_label() throws IOException {
        forms().values().forEach(form -> form.inputs().forEach(field ->
                assertThat(field.label()).as(form.id() + "." + field.key()).isNotBlank()));
    }

    @Test
    void the_notice_form_collects_its_requirements_as_a_list_of_rows() throws IOException {
        FormDefinition notice = forms().get("inspection-notice");
        assertThat(notice.inputs()).extracting(f -> f.key() + ":" + f.type())
                .containsExactly("noticeNumber:textfield", "requirements:dynamiclist", "planDueDate:datetime");
        // the owner: a label, or an organisation or member picked from the lookups (checked against the subject's subtree)
        assertThat(notice.inputs().get(1).components()).extracting(f -> f.key())
                .containsExactly("content", "owner", "ownerOrg", "ownerMember", "dueDate", "evidenceRequired");
        assertThat(notice.inputs().get(1).components()).filteredOn(f -> f.key().startsWith("ownerO") || f.key().equals("ownerMember"))
                .extracting(f -> f.valuesKey()).containsExactly("organizations", "members");
    }
}
