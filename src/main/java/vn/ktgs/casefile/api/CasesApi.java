package vn.ktgs.casefile.api;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.organization.KtgsUser;

/** The cases the signed-in user may see, searched as the case list searches (tone marks optional, every word). */
@RestController
@RequestMapping("/api/v1/cases")
class CasesApi {

    static final int MAX_PAGE = 200;

    /** A case's heading facts; its documents and history stay on the case page. */
    record Case(long id, String number, String title, String subject, String process, CaseStatus status, Instant openedAt,
                Instant closedAt) {

        static Case of(CaseFile c) {
            return new Case(c.getId(), c.getCaseNumber(), c.getTitle(), c.getSubjectName(), c.getProcessKey(), c.getStatus(),
                    c.getOpenedAt(), c.getClosedAt());
        }
    }

    record Page(List<Case> items, long total, int page, int size) {
    }

    private final CaseService cases;

    CasesApi(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping
    Page list(@AuthenticationPrincipal KtgsUser user, @RequestParam(required = false) String q,
              @RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        return new Page(cases.search(user, q, status, Math.max(0, page) * pageSize, pageSize).stream().map(Case::of).toList(),
                cases.count(user, q, status), Math.max(0, page), pageSize);
    }

    /** A case outside the user's scope is "not found", as on the case page. */
    @GetMapping("/{id}")
    Case one(@AuthenticationPrincipal KtgsUser user, @PathVariable long id) {
        return Case.of(cases.getVisible(user, id));
    }
}
