package vn.ktgs.discipline;

import java.util.*;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;

/**
 * Who may decide which discipline (procedures.md §3): the matrix form × subject kind × deciding body level, seeded
 * in V22 and edited by administrators (every change audited under {@code discipline-authority}). Beyond the matrix:
 * a cell only proposes on violations of tasks assigned by a higher level, and an organisation is disciplined by a
 * body above it, never by itself.
 */
@Service
@Transactional
public class DisciplineAuthority {

    static final String AUDIT_SUBJECT = "discipline-authority";

    private final AuthorityEntryRepository matrix;
    private final OrganizationService organizations;
    private final AuditTrail audit;

    DisciplineAuthority(AuthorityEntryRepository matrix, OrganizationService organizations, AuditTrail audit) {
        this.matrix = matrix;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** The matrix cell alone. */
    @Transactional(readOnly = true)
    public boolean allows(OrgLevel level, DisciplineSubjectKind kind, DisciplineForm form) {
        return matrix.existsByBodyLevelAndSubjectKindAndForm(level, kind, form);
    }

    /** May this body decide this form in this review (matrix plus the two rules above)? */
    @Transactional(readOnly = true)
    public boolean mayDecide(Organization body, DisciplineSubjectKind kind, DisciplineForm form, Collection<ViolationKind> violations,
                             Organization subjectOrg) {
        if (body.getLevel() == OrgLevel.CELL && violations.contains(ViolationKind.HIGHER_LEVEL_TASK)) {
            return false;
        }
        if (kind == DisciplineSubjectKind.ORGANIZATION && (subjectOrg.getId().equals(body.getId()) || !subjectOrg.isWithin(body.getPath()))) {
            return false;
        }
        return allows(body.getLevel(), kind, form);
    }

    /** The nearest body with an inspection committee above {@code body} that may decide the form; empty if none. */
    @Transactional(readOnly = true)
    public Optional<Organization> competentAbove(Organization body, DisciplineSubjectKind kind, DisciplineForm form) {
        Organization current = body;
        while (current.getParentId() != null) {
            current = organizations.byId(current.getParentId());
            if (current.isHasCommittee() && allows(current.getLevel(), kind, form)) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public List<AuthorityEntry> entries() {
        return matrix.findAllByOrderByBodyLevelAscSubjectKindAscFormAsc();
    }

    /** An administrator grants or withdraws one cell of the matrix. */
    public void set(KtgsUser admin, OrgLevel level, DisciplineSubjectKind kind, DisciplineForm form, boolean allowed) {
        if (!admin.isEngineAdmin()) {
            throw new AccessDeniedException("only a province or central administrator edits the authority matrix");
        }
        Optional<AuthorityEntry> existing = matrix.findByBodyLevelAndSubjectKindAndForm(level, kind, form);
        if (allowed && existing.isEmpty()) {
            matrix.save(new AuthorityEntry(level, kind, form));
            audit.record(admin.getUsername(), AUDIT_SUBJECT, "authority-granted", level + " " + kind + " " + form);
        } else if (!allowed && existing.isPresent()) {
            matrix.delete(existing.get());
            audit.record(admin.getUsername(), AUDIT_SUBJECT, "authority-withdrawn", level + " " + kind + " " + form);
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history() {
        return audit.of(AUDIT_SUBJECT);
    }
}
