package vn.ktgs.asset;

import java.time.Clock;
import java.util.*;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.*;

/**
 * The per-year list of those obliged to declare, per committee. Its users see it; its administrator or chair keeps it.
 * Bad input throws {@link FormValidationException}; nothing is saved.
 */
@Service
@Transactional
public class DeclarantService {

    /** A line of the list as the page shows it. */
    public record Row(long id, long memberId, String memberName, String orgName, String post, String email) {
    }

    private final DeclarantRepository declarants;
    private final OrganizationService organizations;
    private final AuditTrail audit;
    private final Clock clock;

    DeclarantService(DeclarantRepository declarants, OrganizationService organizations, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.declarants = declarants;
        this.organizations = organizations;
        this.audit = audit;
    }

    /** The committee's list for a year (empty for a user outside the committee). */
    @Transactional(readOnly = true)
    public List<Row> list(KtgsUser user, int year) {
        return AssetScope.committee(user).map(c -> declarants.findByCommitteeOrgIdAndDeclarationYearOrderByIdAsc(c.orgId(), year)
                .stream().map(this::row).toList()).orElse(List.of());
    }

    public Declarant add(KtgsUser user, int year, Long memberId, String post, String email) {
        Grant committee = AssetScope.committee(user).filter(c -> AssetScope.maintainsList(user, c.orgId()))
                .orElseThrow(() -> new AccessDeniedException("only the committee's administrator or chair keeps the list"));
        List<FieldError> errors = new ArrayList<>();
        if (memberId == null) {
            errors.add(FieldError.of("member", "required"));
        }
        if (post == null || post.isBlank()) {
            errors.add(FieldError.of("post", "required"));
        }
        if (email != null && !email.isBlank() && !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FieldError.of("email", "pattern"));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        PartyMember member = organizations.memberById(memberId);
        if (!member.getOrganization().isWithin(committee.orgPath())) {
            throw FormValidationException.of("member", "outsideJurisdiction");
        }
        if (declarants.findByCommitteeOrgIdAndDeclarationYearAndMemberId(committee.orgId(), year, memberId).isPresent()) {
            throw FormValidationException.of("member", "asset.alreadyDeclarant", String.valueOf(year));
        }
        Declarant saved = declarants.saveAndFlush(new Declarant(committee.orgId(), year, memberId, AssetScope.clip(post.trim(), 255),
                email == null || email.isBlank() ? null : email.trim(), user.getUsername(), clock.instant()));
        audit.record(user.getUsername(), subject(committee.orgId(), year), "DECLARANT_ADDED",
                "member " + memberId + " (" + saved.getPost() + ")");
        return saved;
    }

    public void remove(KtgsUser user, long declarantId) {
        Declarant d = declarants.findById(declarantId).orElseThrow(() -> new NoSuchElementException("declarant " + declarantId));
        if (!AssetScope.maintainsList(user, d.getCommitteeOrgId())) {
            throw new AccessDeniedException("only the committee's administrator or chair keeps the list");
        }
        declarants.delete(d);
        audit.record(user.getUsername(), subject(d.getCommitteeOrgId(), d.getDeclarationYear()), "DECLARANT_REMOVED",
                "member " + d.getMemberId());
    }

    /** The pool of a draw, in a fixed order (by id), for services of this feature. */
    List<Declarant> pool(long committeeOrgId, int year) {
        return declarants.findByCommitteeOrgIdAndDeclarationYearOrderByIdAsc(committeeOrgId, year);
    }

    Optional<Declarant> find(long committeeOrgId, int year, long memberId) {
        return declarants.findByCommitteeOrgIdAndDeclarationYearAndMemberId(committeeOrgId, year, memberId);
    }

    static String subject(long committeeOrgId, int year) {
        return "asset-declarants:" + committeeOrgId + ":" + year;
    }

    private Row row(Declarant d) {
        PartyMember m = organizations.memberById(d.getMemberId());
        return new Row(d.getId(), m.getId(), m.getFullName(), m.getOrganization().getName(), d.getPost(), d.getEmail());
    }
}
