package vn.ktgs.casefile;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import vn.ktgs.kernel.TextFold;

/** The case list's search: the folded search text holds every word typed, in any order. */
final class CaseSearch {

    private CaseSearch() {
    }

    /**
     * Cases owned within one org subtree whose folded number, title, subject and team hold every word of {@code text}
     * (tone marks and case ignored, % and _ literal), optionally of one status.
     */
    static Specification<CaseFile> matching(String pathPrefix, String text, CaseStatus status) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.like(root.get("ownerOrgPath"), pathPrefix + "%"));
            TextFold.wordPatterns(text).forEach(word -> all.add(cb.like(root.get("searchText"), word, TextFold.ESCAPE)));
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
