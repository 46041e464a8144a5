package vn.ktgs.tasklist.form;

import java.util.ArrayList;
import java.util.List;

/** A parsed Camunda Forms schema. Groups are flattened; dynamic lists keep their child components. */
public record FormDefinition(String id, List<FormField> components) {

    /** Every input field, in order, with group children lifted to the top level. */
    public List<FormField> inputs() {
        List<FormField> flat = new ArrayList<>();
        collect(components, flat);
        return flat;
    }

    private static void collect(List<FormField> fields, List<FormField> into) {
        for (FormField f : fields) {
            if ("group".equals(f.type())) {
                collect(f.components(), into);
            } else if (f.isInput()) {
                into.add(f);
            }
        }
    }
}
