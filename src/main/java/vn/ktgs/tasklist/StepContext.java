package vn.ktgs.tasklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import vn.ktgs.organization.KtgsUser;

/** What a step handler gets when a user completes a task: the case, the step and the validated values. */
public record StepContext(String taskId, long caseId, String processInstanceId, String processKey, String taskKey, String taskName,
                          KtgsUser user, Map<String, Object> values, LocalDate today,
                          Supplier<Map<String, Object>> variableLoader) {

    /** The process instance's variables, read from the engine only by the steps that need them. */
    public Map<String, Object> processVariables() {
        return variableLoader.get();
    }

    public String text(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString().trim();
    }

    public int integer(String key) {
        Object v = values.get(key);
        return v == null ? 0 : new BigDecimal(v.toString()).intValue();
    }

    /** A list of values (a taglist's usernames): empty when nothing was chosen; one text is a list of one. */
    public List<String> list(String key) {
        Object v = values.get(key);
        if (v instanceof Collection<?> c) {
            return c.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return v == null || v.toString().isBlank() ? List.of() : List.of(v.toString().trim());
    }

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }
}
