package vn.ktgs.calendar;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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

    DeadlineService(DeadlineRuleRepository rules, BusinessCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    public Optional<DeadlineRule> ruleFor(String processKey, String stepKey, OrgLevel level) {
        return rules.findByProcessKey(processKey).stream()
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
