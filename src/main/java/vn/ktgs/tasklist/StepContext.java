package vn.ktgs.tasklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
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

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }
}
