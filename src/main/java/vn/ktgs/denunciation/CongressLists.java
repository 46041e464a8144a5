package vn.ktgs.denunciation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;

/**
 * Congress periods (procedures.md §4): an administrator marks the personnel planned for a congress; letters about
 * them are flagged (and listed first), and the report names the in-jurisdiction cases whose deadline falls after
 * the opening, i.e. that cannot be expected to finish before the congress opens.
 */
@Service
@Transactional
public class CongressLists {

    /** A case at risk: its letter, case, and deadline, against the congress's opening. */
    public record AtRisk(Denunciation letter, CaseFile caseFile, CongressList list) {
    }

    private final CongressListRepository lists;
    private final DenunciationRepository denunciations;
    private final CaseService cases;
    private final Clock clock;

    CongressLists(CongressListRepository lists, DenunciationRepository denunciations, CaseService cases, Clock clock) {
        this.clock = clock;
        this.lists = lists;
        this.denunciations = denunciations;
        this.cases = cases;
    }

    /** Marks a list (administrator of the organisation); letters already registered about these members are flagged too. */
    public CongressList mark(KtgsUser admin, String title, LocalDate opensOn, Set<Long> memberIds) {
        Grant grant = admin.getGrants().stream().filter(g -> g.role() == Role.ADMIN).findFirst()
                .orElseThrow(() -> new AccessDeniedException("only an administrator marks congress personnel"));
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) errors.add(FieldError.of("title", "required"));
        if (opensOn == null) errors.add(FieldError.of("opensOn", "required"));
        else if (!opensOn.isAfter(VietnamTime.localDate(clock.instant()))) errors.add(FieldError.of("opensOn", "denunciation.congressPast"));
        if (memberIds == null || memberIds.isEmpty()) errors.add(FieldError.of("members", "required"));
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        CongressList list = lists.saveAndFlush(new CongressList(grant.orgId(), title.trim(), opensOn, memberIds, admin.getUsername(), clock.instant()));
        for (Denunciation d : denunciations.findByAccusedMemberIdIn(memberIds)) {
            // only the letters held by this organisation's committees: an administrator does not reach other trees
            if (d.getCongressListId() == null && d.getCommitteeOrgPath().startsWith(grant.orgPath())) {
                d.flagForCongress(list.getId());
            }
        }
        return list;
    }

    /** At registration: a letter about someone on an upcoming congress's list is flagged. */
    void flag(Denunciation d, LocalDate today) {
        if (d.getAccusedMemberId() != null) {
            lists.upcomingNaming(d.getAccusedMemberId(), today).stream().findFirst().ifPresent(l -> d.flagForCongress(l.getId()));
        }
    }

    @Transactional(readOnly = true)
    public List<CongressList> lists(KtgsUser user) {
        return user.getGrants().stream().map(Grant::orgId).distinct()
                .flatMap(org -> lists.findByCommitteeOrgIdOrderByOpensOnDesc(org).stream()).toList();
    }

    /**
     * In-jurisdiction cases about the list's people, still open, whose deadline is after the congress opens: only for
     * a user of the organisation that marked the list, and only the letters its committees hold.
     */
    @Transactional(readOnly = true)
    public List<AtRisk> cannotFinishBefore(KtgsUser user, long listId) {
        CongressList list = lists.findById(listId).orElseThrow();
        String listOrgPath = user.getGrants().stream().filter(g -> g.orgId() == list.getCommitteeOrgId()).map(Grant::orgPath).findFirst()
                .orElseThrow(() -> new AccessDeniedException("the congress list of another organisation"));
        Instant opening = list.getOpensOn().atStartOfDay(VietnamTime.ZONE).toInstant();
        List<AtRisk> atRisk = new ArrayList<>();
        for (Denunciation d : denunciations.findByAccusedMemberIdIn(list.getMemberIds())) {
            if (d.getOutcome() != Outcome.RESOLVE || d.getCaseId() == null || !d.getCommitteeOrgPath().startsWith(listOrgPath)) continue;
            CaseFile c = cases.get(d.getCaseId());
            boolean open = c.getStatus() != CaseStatus.CLOSED && c.getStatus() != CaseStatus.REJECTED;
            if (open && (d.getDueAt() == null || d.getDueAt().isAfter(opening))) {
                atRisk.add(new AtRisk(d, c, list));
            }
        }
        return atRisk;
    }

    @Transactional(readOnly = true)
    public Optional<CongressList> get(long id) {
        return lists.findById(id);
    }
}
