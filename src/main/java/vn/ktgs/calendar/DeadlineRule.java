package vn.ktgs.calendar;

import jakarta.persistence.*;
import vn.ktgs.organization.OrgLevel;

/** A time limit from procedures.md §2: per process (and step), per org level, in a unit, from a start event. */
@Entity
@Table(name = "deadline_rule")
public class DeadlineRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String processKey;
    private String stepKey;
    @Enumerated(EnumType.STRING)
    private OrgLevel orgLevel;
    private int amount;
    @Enumerated(EnumType.STRING)
    private TimeUnit unit;
    private String startsFrom;
    private String source;

    protected DeadlineRule() {
    }

    public Long getId() { return id; }
    public String getProcessKey() { return processKey; }
    public String getStepKey() { return stepKey; }
    public OrgLevel getOrgLevel() { return orgLevel; }
    public int getAmount() { return amount; }
    public TimeUnit getUnit() { return unit; }
    public String getStartsFrom() { return startsFrom; }
    public String getSource() { return source; }

    /** "5 ngày làm việc (mặc định KTGS)": the amount, unit and source, as users read them. */
    public String describe() {
        String unitText = switch (unit) {
            case WORKING_DAYS -> "ngày làm việc";
            case CALENDAR_DAYS -> "ngày";
            case MONTHS -> "tháng";
        };
        return amount + " " + unitText + (source == null ? "" : " (" + source + ")");
    }

    /** More specific rules (a step, an org level) win over general ones. */
    int specificity() {
        return (stepKey != null ? 2 : 0) + (orgLevel != null ? 1 : 0);
    }
}
