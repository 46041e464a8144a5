package vn.ktgs.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.organization.KtgsUser;

/** Related cases in both directions; a user sees only the related cases they may see. */
@Service
@Transactional
public class CaseLinks {

    /** A related case as seen from one case: {@code outgoing} when this case led to it. */
    public record Related(CaseFile other, CaseLinkKind kind, boolean outgoing) {
    }

    private final CaseLinkRepository links;
    private final CaseService cases;
    private final Clock clock;

    CaseLinks(CaseLinkRepository links, CaseService cases, Clock clock) {
        this.clock = clock;
        this.links = links;
        this.cases = cases;
    }

    /** Links two cases once (linking again is a no-op). */
    public void link(long fromCaseId, long toCaseId, CaseLinkKind kind, String by) {
        if (!links.existsByFromCaseIdAndToCaseIdAndKind(fromCaseId, toCaseId, kind)) {
            links.save(new CaseLink(fromCaseId, toCaseId, kind, by, clock.instant()));
        }
    }

    /** Both directions, without regard to the viewer (for services and tests). */
    @Transactional(readOnly = true)
    public List<Related> of(long caseId) {
        List<Related> related = new ArrayList<>();
        links.findByFromCaseIdOrderByIdAsc(caseId).forEach(l -> related.add(new Related(cases.get(l.getToCaseId()), l.getKind(), true)));
        links.findByToCaseIdOrderByIdAsc(caseId).forEach(l -> related.add(new Related(cases.get(l.getFromCaseId()), l.getKind(), false)));
        return related;
    }

    /** The related cases this user may open (a lower committee's inspector does not see the province's case). */
    @Transactional(readOnly = true)
    public List<Related> visibleTo(KtgsUser user, long caseId) {
        return of(caseId).stream().filter(r -> CaseService.canSee(user, r.other())).toList();
    }
}
