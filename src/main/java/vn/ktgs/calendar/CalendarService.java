package vn.ktgs.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;

/** The calendar screen's service: a year's days off, and the administrators' audited adjustments. */
@Service
@Transactional
public class CalendarService {

    public static final String AUDIT_SUBJECT = "calendar";

    /** One line of a year: a holiday, a compensatory day, or an adjustment. */
    public record Day(LocalDate date, String name, String kind, Long adjustmentId) {
    }

    private final BusinessCalendar calendar;
    private final CalendarAdjustmentRepository adjustments;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarService(BusinessCalendar calendar, CalendarAdjustmentRepository adjustments, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.adjustments = adjustments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Day> year(int year) {
        List<Day> days = new ArrayList<>();
        calendar.daysOff(year).forEach(d -> days.add(new Day(d.date(), d.name(), d.compensatory() ? "COMPENSATORY" : "HOLIDAY", null)));
        adjustments.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(a -> days.add(new Day(a.getDay(), a.getReason(), a.getKind().name(), a.getId())));
        days.sort(Comparator.comparing(Day::date).thenComparing(Day::kind));
        return days;
    }

    /** Adds an adjustment; refuses one that changes nothing or repeats a day, with field-level messages. */
    public CalendarAdjustment add(KtgsUser user, LocalDate day, AdjustmentKind kind, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (day == null) errors.add(FieldError.of("day", "required"));
        if (kind == null) errors.add(FieldError.of("kind", "required"));
        if (reason == null || reason.isBlank()) errors.add(FieldError.of("reason", "required"));
        else if (reason.length() > 500) errors.add(FieldError.of("reason", "maxLength", 500));
        if (errors.isEmpty()) {
            if (adjustments.findByDay(day).isPresent()) {
                errors.add(FieldError.of("day", "adjustmentExists"));
            } else {
                boolean working = calendar.isWorkingDay(day);
                if (kind == AdjustmentKind.WORKING_DAY && working) errors.add(FieldError.of("day", "alreadyWorkingDay"));
                if (kind == AdjustmentKind.DAY_OFF && !working) errors.add(FieldError.of("day", "alreadyDayOff"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        CalendarAdjustment saved = adjustments.save(new CalendarAdjustment(day, kind, reason.trim(), user.getUsername(), clock.instant()));
        calendar.forgetAdjustments();
        audit.record(user.getUsername(), AUDIT_SUBJECT, "ADD", saved.toString());
        return saved;
    }

    public void remove(KtgsUser user, long adjustmentId) {
        CalendarAdjustment adjustment = adjustments.findById(adjustmentId).orElseThrow();
        adjustments.delete(adjustment);
        calendar.forgetAdjustments();
        audit.record(user.getUsername(), AUDIT_SUBJECT, "REMOVE", adjustment.toString());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history() {
        return audit.of(AUDIT_SUBJECT);
    }
}
