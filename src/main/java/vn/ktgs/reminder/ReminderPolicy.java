package vn.ktgs.reminder;

import jakarta.persistence.*;

/** One line of the reminder policy: at {@code offsetDays} working days from the due date, write to {@code recipients}. */
@Entity
@Table(name = "reminder_policy")
public class ReminderPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int offsetDays;
    @Enumerated(EnumType.STRING)
    private Recipients recipients;
    private String label;
    private boolean active;

    protected ReminderPolicy() {
    }

    public Long getId() { return id; }
    public int getOffsetDays() { return offsetDays; }
    public Recipients getRecipients() { return recipients; }
    public String getLabel() { return label; }
    public boolean isActive() { return active; }

    void change(int offsetDays, Recipients recipients, String label, boolean active) {
        this.offsetDays = offsetDays;
        this.recipients = recipients;
        this.label = label;
        this.active = active;
    }

    /**
     * Does this line apply to a task with {@code daysLeft} working days left (negative: overdue by that many),
     * {@code dueToday} when its due date is today?
     */
    boolean appliesTo(int daysLeft, boolean overdue, boolean dueToday) {
        if (offsetDays < 0) {
            return !overdue && !dueToday && daysLeft <= -offsetDays;
        }
        if (offsetDays == 0) {
            return dueToday;
        }
        return overdue && -daysLeft >= offsetDays;
    }

    @Override
    public String toString() {
        return label + " (" + offsetDays + ", " + recipients + (active ? "" : ", tắt") + ")";
    }
}
