package vn.ktgs.programme;

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

/** The coverage quotas per level: everyone reads them, the province's administrators change them (audited). */
@Service
@Transactional
public class CoverageQuotaService {

    static final String AUDIT_SUBJECT = "coverage-quota";

    private final CoverageQuotaRepository quotas;
    private final AuditTrail audit;

    CoverageQuotaService(CoverageQuotaRepository quotas, AuditTrail audit) {
        this.quotas = quotas;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CoverageQuota> all() {
        return quotas.findAllByOrderByIdAsc();
    }

    /** A null share removes that quota for the level. */
    public CoverageQuota change(KtgsUser user, long quotaId, Integer orgSharePct, Integer memberSharePct) {
        if (!user.isEngineAdmin()) {
            throw new AccessDeniedException("only administrators change coverage quotas");
        }
        List<FieldError> errors = new ArrayList<>();
        if (orgSharePct != null && (orgSharePct < 0 || orgSharePct > 100)) {
            errors.add(FieldError.of("orgSharePct", "range", 0, 100));
        }
        if (memberSharePct != null && (memberSharePct < 0 || memberSharePct > 100)) {
            errors.add(FieldError.of("memberSharePct", "range", 0, 100));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        CoverageQuota quota = quotas.findById(quotaId).orElseThrow();
        String before = quota.toString();
        quota.change(orgSharePct, memberSharePct);
        audit.record(user.getUsername(), AUDIT_SUBJECT, "CHANGE", before + " → " + quota);
        return quota;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history() {
        return audit.of(AUDIT_SUBJECT);
    }
}
