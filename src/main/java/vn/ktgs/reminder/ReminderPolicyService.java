package vn.ktgs.reminder;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;

/** Administrators edit the reminder policy; every change is audited. */
@Service
@Transactional
public class ReminderPolicyService {

    public static final String AUDIT_SUBJECT = "reminder-policy";

    private final ReminderPolicyRepository policies;
    private final AuditTrail audit;

    ReminderPolicyService(ReminderPolicyRepository policies, AuditTrail audit) {
        this.policies = policies;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReminderPolicy> all() {
        return policies.findAllByOrderByOffsetDaysAsc();
    }

    public void change(KtgsUser user, long id, Integer offsetDays, Recipients recipients, String label, boolean active) {
        if (!user.isEngineAdmin()) {
            throw new AccessDeniedException("only administrators change the reminder policy");
        }
        List<FieldError> errors = new ArrayList<>();
        if (offsetDays == null) errors.add(FieldError.of("offsetDays", "required"));
        else if (offsetDays < -30 || offsetDays > 60) errors.add(FieldError.of("offsetDays", "range", -30, 60));
        if (recipients == null) errors.add(FieldError.of("recipients", "required"));
        if (label == null || label.isBlank()) errors.add(FieldError.of("label", "required"));
        else if (label.length() > 100) errors.add(FieldError.of("label", "maxLength", 100));
        if (errors.isEmpty() && policies.findAll().stream().anyMatch(p -> !p.getId().equals(id)
                && p.getOffsetDays() == offsetDays && p.getRecipients() == recipients)) {
            errors.add(FieldError.of("offsetDays", "policyExists"));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        ReminderPolicy policy = policies.findById(id).orElseThrow();
        String before = policy.toString();
        policy.change(offsetDays, recipients, label.trim(), active);
        audit.record(user.getUsername(), AUDIT_SUBJECT, "CHANGE", before + " → " + policy);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history() {
        return audit.of(AUDIT_SUBJECT);
    }
}
