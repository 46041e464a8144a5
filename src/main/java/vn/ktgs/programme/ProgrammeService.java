package vn.ktgs.programme;

import java.time.Clock;
import java.util.*;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.*;

/**
 * Committees draft programmes, the chair approves them, items of an approved programme start cases.
 * Bad input throws {@link FormValidationException} (field-level, translated by the view) and saves nothing.
 * Items of an approved programme may still be changed, but only with a reason, which the audit trail keeps;
 * an item that has started its case is never changed or removed.
 */
@Service
@Transactional
public class ProgrammeService {

    /** Roles that draft programmes and start their items (the chair alone approves). */
    private static final Set<Role> EDITORS = EnumSet.of(Role.CLERK, Role.INSPECTOR, Role.TEAM_LEAD,
            Role.COMMITTEE_MEMBER, Role.CHAIR, Role.DEPUTY_CHAIR);
    static final int MAX_TERM_YEARS = 5;

    private final ProgrammeRepository programmes;
    private final ProgrammeItemRepository items;
    private final OrganizationService organizations;
    private final CommitteeMembers committeeMembers;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeService(ProgrammeRepository programmes, ProgrammeItemRepository items, OrganizationService organizations,
                     CommitteeMembers committeeMembers, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.programmes = programmes;
        this.items = items;
        this.organizations = organizations;
        this.committeeMembers = committeeMembers;
        this.audit = audit;
    }

    /**
     * The organisations whose programmes this user works on (one per organisation, in grant order): those with an
     * inspection committee, and a cell whose secretary holds its CHAIR grant (the cell's own ≥ 15 % of members).
     */
    @Transactional(readOnly = true)
    public List<Organization> committeesOf(KtgsUser user) {
        return user.getGrants().stream().filter(g -> EDITORS.contains(g.role())).map(Grant::orgId).distinct()
                .map(organizations::byId).toList();
    }

    @Transactional(readOnly = true)
    public List<Programme> programmesOf(KtgsUser user, long committeeOrgId) {
        requireEditor(user, committeeOrgId);
        return programmes.findByCommitteeOrgIdOrderByStartYearDescKindAsc(committeeOrgId);
    }

    @Transactional(readOnly = true)
    public Programme get(KtgsUser user, long programmeId) {
        Programme p = programme(programmeId);
        requireEditor(user, p.getCommitteeOrgId());
        return p;
    }

    @Transactional(readOnly = true)
    public List<ProgrammeItem> itemsOf(KtgsUser user, long programmeId) {
        get(user, programmeId);
        return items.findByProgrammeIdOrderByPlanYearAscQuarterNoAscIdAsc(programmeId);
    }

    /** Who may lead an item of this committee's programmes, for a user who works on them. */
    @Transactional(readOnly = true)
    public List<CommitteeMembers.Person> leadsOf(KtgsUser user, long committeeOrgId) {
        requireEditor(user, committeeOrgId);
        return committeeMembers.of(committeeOrgId);
    }

    public Programme create(KtgsUser user, long committeeOrgId, ProgrammeKind kind, Integer startYear, Integer endYear,
                            String title) {
        requireEditor(user, committeeOrgId);
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.of("kind", "required"));
        }
        if (title == null || title.isBlank()) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.trim().length() > 300) {
            errors.add(FieldError.of("title", "maxLength", 300));
        }
        if (startYear == null) {
            errors.add(FieldError.of("startYear", "required"));
        } else if (startYear < 2000 || startYear > 2100) {
            errors.add(FieldError.of("startYear", "range", "2000", "2100")); // years as text: no digit grouping
        }
        int end = kind == ProgrammeKind.TERM && endYear != null ? endYear : startYear == null ? 0 : startYear;
        if (kind == ProgrammeKind.TERM && startYear != null
                && (endYear == null || endYear <= startYear || endYear > startYear + MAX_TERM_YEARS)) {
            errors.add(FieldError.of("endYear", "termLength", MAX_TERM_YEARS));
        }
        if (errors.isEmpty() && programmes.findByCommitteeOrgIdAndKindAndStartYear(committeeOrgId, kind, startYear).isPresent()) {
            errors.add(FieldError.of("startYear", "programmeExists"));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        Programme p;
        try {
            p = programmes.saveAndFlush(new Programme(committeeOrgId, kind, startYear, end, title.trim(),
                    user.getUsername(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // someone created the same programme between the check above and this insert (uk_programme_committee_period)
            throw FormValidationException.of("startYear", "programmeExists");
        }
        audit.record(user.getUsername(), auditSubject(p.getId()), "CREATE", p.getKind() + " " + p.period() + " – " + p.getTitle());
        return p;
    }

    /** Adds an item ({@code itemId} null) or changes one. */
    public ProgrammeItem saveItem(KtgsUser user, long programmeId, Long itemId, ItemDraft draft) {
        Programme p = get(user, programmeId);
        ProgrammeItem item = itemId == null ? new ProgrammeItem(programmeId) : item(itemId, programmeId);
        String before = item.getId() == null ? null : item.toString();
        if (item.isStarted()) {
            throw FormValidationException.of("kind", "itemStarted");
        }
        Organization committee = organizations.byId(p.getCommitteeOrgId());
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", "required"));
        }
        Subject subject = subject(draft, committee, errors);
        String content = draft.content() == null ? "" : draft.content().trim();
        if (content.isEmpty()) {
            errors.add(FieldError.of("content", "required"));
        } else if (content.length() > 2000) {
            errors.add(FieldError.of("content", "maxLength", 2000));
        }
        int year = draft.planYear() == null && p.getKind() == ProgrammeKind.ANNUAL ? p.getStartYear()
                : draft.planYear() == null ? 0 : draft.planYear();
        if (year < p.getStartYear() || year > p.getEndYear()) {
            errors.add(FieldError.of("planYear", "range", String.valueOf(p.getStartYear()), String.valueOf(p.getEndYear())));
        }
        if (draft.quarter() == null) {
            errors.add(FieldError.of("quarter", "required"));
        } else if (draft.quarter() < 1 || draft.quarter() > 4) {
            errors.add(FieldError.of("quarter", "range", 1, 4));
        }
        if (draft.lead() == null || draft.lead().isBlank()) {
            errors.add(FieldError.of("lead", "required"));
        } else if (!committeeMembers.isMember(committee.getId(), draft.lead())) {
            errors.add(FieldError.of("lead", "leadNotInCommittee"));
        }
        boolean approved = p.isApproved();
        if (approved && (draft.reason() == null || draft.reason().isBlank())) {
            errors.add(FieldError.of("reason", "reasonRequired"));
        }
        if (subject != null && draft.kind() != null) {
            items.findByProgrammeIdAndKindAndSubjectKey(programmeId, draft.kind(),
                            ProgrammeItem.subjectKey(subject.orgId(), subject.memberId()))
                    .filter(other -> !other.getId().equals(item.getId()))
                    .ifPresent(other -> errors.add(FieldError.of("subject", "duplicateItem")));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        item.plan(draft.kind(), subject.orgId(), subject.memberId(), subject.name(), content, year, draft.quarter(),
                draft.lead().trim());
        ProgrammeItem saved = items.saveAndFlush(item);
        if (approved) {
            audit.record(user.getUsername(), auditSubject(programmeId), before == null ? "ADD_ITEM" : "CHANGE_ITEM",
                    (before == null ? "" : before + " → ") + saved + ". Lý do: " + draft.reason().trim());
        }
        return saved;
    }

    public void removeItem(KtgsUser user, long programmeId, long itemId, String reason) {
        Programme p = get(user, programmeId);
        ProgrammeItem item = item(itemId, programmeId);
        if (item.isStarted()) {
            throw FormValidationException.of("kind", "itemStarted");
        }
        if (p.isApproved()) {
            if (reason == null || reason.isBlank()) {
                throw FormValidationException.of("reason", "reasonRequired");
            }
            audit.record(user.getUsername(), auditSubject(programmeId), "REMOVE_ITEM", item + ". Lý do: " + reason.trim());
        }
        items.delete(item);
    }

    /** The chair of the programme's committee approves a draft that has at least one item. */
    public Programme approve(KtgsUser user, long programmeId) {
        Programme p = programme(programmeId);
        boolean chair = user.getGrants().stream().anyMatch(g -> g.role() == Role.CHAIR && g.orgId() == p.getCommitteeOrgId());
        if (!chair) {
            throw new AccessDeniedException("only the committee's chair approves its programme");
        }
        if (p.isApproved()) {
            throw FormValidationException.of("status", "alreadyApproved");
        }
        if (items.findByProgrammeIdOrderByPlanYearAscQuarterNoAscIdAsc(programmeId).isEmpty()) {
            throw FormValidationException.of("status", "programmeEmpty");
        }
        p.approve(user.getUsername(), clock.instant());
        audit.record(user.getUsername(), auditSubject(programmeId), "APPROVE", p.getKind() + " " + p.period() + " – " + p.getTitle());
        return p;
    }

    /** The programme item a case was started from, if any (for the case page). */
    @Transactional(readOnly = true)
    public Optional<ItemOrigin> originOf(long caseId) {
        return items.findByCaseId(caseId).map(item -> new ItemOrigin(programme(item.getProgrammeId()), item));
    }

    public record ItemOrigin(Programme programme, ProgrammeItem item) {
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(KtgsUser user, long programmeId) {
        get(user, programmeId);
        return audit.of(auditSubject(programmeId));
    }

    static String auditSubject(long programmeId) {
        return "programme:" + programmeId;
    }

    /** The item and its programme, for a user of the programme's committee. */
    ProgrammeItem itemFor(KtgsUser user, long itemId) {
        ProgrammeItem item = items.findById(itemId).orElseThrow(() -> new NoSuchElementException("programme item " + itemId));
        get(user, item.getProgrammeId());
        return item;
    }

    void recordStart(KtgsUser user, Programme p, ProgrammeItem item, String caseNumber) {
        audit.record(user.getUsername(), auditSubject(p.getId()), "START_ITEM", item + " → " + caseNumber);
    }

    private Programme programme(long id) {
        return programmes.findById(id).orElseThrow(() -> new NoSuchElementException("programme " + id));
    }

    private ProgrammeItem item(long itemId, long programmeId) {
        return items.findById(itemId).filter(i -> i.getProgrammeId() == programmeId)
                .orElseThrow(() -> new NoSuchElementException("programme item " + itemId));
    }

    private void requireEditor(KtgsUser user, long committeeOrgId) {
        if (user.getGrants().stream().noneMatch(g -> EDITORS.contains(g.role()) && g.orgId() == committeeOrgId)) {
            throw new AccessDeniedException("not a member of this committee");
        }
    }

    private record Subject(Long orgId, Long memberId, String name) {
    }

    /** The subject must exist and lie within the committee's jurisdiction (its org subtree), as for a proposal. */
    private Subject subject(ItemDraft draft, Organization committee, List<FieldError> errors) {
        if ((draft.subjectOrgId() == null) == (draft.subjectMemberId() == null)) {
            errors.add(FieldError.of("subject", "required"));
            return null;
        }
        try {
            if (draft.subjectMemberId() != null) {
                PartyMember member = organizations.memberById(draft.subjectMemberId());
                if (!member.getOrganization().isWithin(committee.getPath())) {
                    errors.add(FieldError.of("subject", "outsideJurisdiction"));
                    return null;
                }
                String name = member.getFullName() + " (" + member.getOrganization().getName() + ")";
                return new Subject(null, member.getId(), name.length() > 255 ? name.substring(0, 254) + "…" : name);
            }
            Organization org = organizations.byId(draft.subjectOrgId());
            if (!org.isWithin(committee.getPath())) {
                errors.add(FieldError.of("subject", "outsideJurisdiction"));
                return null;
            }
            return new Subject(org.getId(), null, org.getName());
        } catch (IllegalArgumentException unknown) {
            errors.add(FieldError.of("subject", "option"));
            return null;
        }
    }
}
