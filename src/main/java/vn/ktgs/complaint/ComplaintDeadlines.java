package vn.ktgs.complaint;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.DeadlineRule;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.OrganizationService;

/** The complaint's two time limits, both rules of the deadline table (editable, never constants in code). */
@Component
public class ComplaintDeadlines {

    private final DeadlineService rules;
    private final OrganizationService organizations;

    ComplaintDeadlines(DeadlineService rules, OrganizationService organizations) {
        this.rules = rules;
        this.organizations = organizations;
    }

    /** The last day to complain: the {@code discipline-appeal-window} rule counted from the receipt of the decision. */
    @Transactional(readOnly = true)
    public LocalDate appealWindowEnd(LocalDate decisionReceivedOn) {
        DeadlineRule rule = rules.ruleFor(ComplaintProcess.APPEAL_WINDOW_RULE, null, null)
                .orElseThrow(() -> new IllegalStateException("deadline rule " + ComplaintProcess.APPEAL_WINDOW_RULE + " missing"));
        return VietnamTime.localDate(rules.dueDate(rule, VietnamTime.endOfDay(decisionReceivedOn)));
    }

    /** The resolution deadline by the committee's level (§2: 90 working days, 180 central), from the complaint's receipt. */
    @Transactional(readOnly = true)
    public Optional<Date> resolutionDue(OrgLevel level, LocalDate receivedOn) {
        return rules.dueDate(ComplaintProcess.KEY, null, level, VietnamTime.endOfDay(receivedOn)).map(Date::from);
    }

    /** The rule behind the deadline, as users read it ("90 ngày làm việc (QĐ 30 …)"). */
    @Transactional(readOnly = true)
    public Optional<String> resolutionRule(long committeeOrgId) {
        return rules.ruleFor(ComplaintProcess.KEY, null, organizations.byId(committeeOrgId).getLevel()).map(DeadlineRule::describe);
    }
}
