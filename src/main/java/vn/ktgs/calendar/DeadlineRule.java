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
    private int maxExtensions;
    private Integer extensionMaxDays;
    /** 3 means an extension may add at most a third of the original limit. */
    private Integer extensionDivisor;

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
    public int getMaxExtensions() { return maxExtensions; }
    public Integer getExtensionMaxDays() { return extensionMaxDays; }
    public Integer getExtensionDivisor() { return extensionDivisor; }

    void change(int amount, TimeUnit unit, String startsFrom, int maxExtensions, Integer extensionMaxDays,
                Integer extensionDivisor) {
        this.amount = amount;
        this.unit = unit;
        this.startsFrom = startsFrom;
        this.maxExtensions = maxExtensions;
        this.extensionMaxDays = extensionMaxDays;
        this.extensionDivisor = extensionDivisor;
    }

    /** The extension policy as users read it, e.g. "1 lần, tối đa 60 ngày". */
    public String extensionPolicy() {
        if (maxExtensions == 0) {
            return "không gia hạn";
        }
        return maxExtensions + " lần" + (extensionMaxDays != null ? ", tối đa " + extensionMaxDays + " ngày" : "")
                + (extensionDivisor != null ? ", tối đa 1/" + extensionDivisor + " thời hạn" : "");
    }

    @Override
    public String toString() {
        return processKey + (stepKey == null ? "" : "/" + stepKey) + (orgLevel == null ? "" : "@" + orgLevel) + ": "
                + amount + " " + unit + " từ " + startsFrom + "; gia hạn: " + extensionPolicy();
    }

    /** "5 ngày làm việc (mặc định KTGS)": the amount, unit and source, as users read them. */
    public String describe() {
        String unitText = switch (unit) {
            case WORKING_DAYS -> "ngày làm việc";
            case CALENDAR_DAYS -> "ngày";
            case MONTHS -> "tháng";
            case YEARS -> "năm";
        };
        return amount + " " + unitText + (source == null ? "" : " (" + source + ")");
    }

    /** More specific rules (a step, an org level) win over general ones. */
    int specificity() {
        return (stepKey != null ? 2 : 0) + (orgLevel != null ? 1 : 0);
    }
}
