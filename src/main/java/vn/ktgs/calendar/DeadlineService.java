package vn.ktgs.calendar;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.organization.OrgLevel;

/** Finds the rule for a step and computes its due date on the business calendar. */
@Service
@Transactional(readOnly = true)
public class DeadlineService {

    private final DeadlineRuleRepository rules;
    private final BusinessCalendar calendar;
    /** All rules by process key, read at most every 30 s (see ShortLived). */
    private final ShortLived<Map<String, List<DeadlineRule>>> byProcess;

    DeadlineService(DeadlineRuleRepository rules, BusinessCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
        this.byProcess = new ShortLived<>(() -> rules.findAll().stream().collect(Collectors.groupingBy(DeadlineRule::getProcessKey)));
    }

    /** Called by the rule editor: this node uses a changed rule at once. */
    void forgetRules() {
        byProcess.forget();
    }

    public Optional<DeadlineRule> ruleFor(String processKey, String stepKey, OrgLevel level) {
        return byProcess.get().getOrDefault(processKey, List.of()).stream()
                .filter(r -> r.getStepKey() == null || Objects.equals(r.getStepKey(), stepKey))
                .filter(r -> r.getOrgLevel() == null || r.getOrgLevel() == level)
                .max(Comparator.comparingInt(DeadlineRule::specificity));
    }

    public Optional<Instant> dueDate(String processKey, String stepKey, OrgLevel level, Instant start) {
        return ruleFor(processKey, stepKey, level).map(r -> dueDate(r, start));
    }

    public Instant dueDate(DeadlineRule rule, Instant start) {
        return calendar.deadline(start, rule.getAmount(), rule.getUnit());
    }

    public List<DeadlineRule> allRules() {
        return rules.findAllByOrderByProcessKeyAscStepKeyAscOrgLevelAsc();
    }
}
