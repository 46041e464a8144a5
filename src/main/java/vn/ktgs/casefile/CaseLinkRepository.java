package vn.ktgs.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseLinkRepository extends JpaRepository<CaseLink, Long> {

    List<CaseLink> findByFromCaseIdOrderByIdAsc(long fromCaseId);

    List<CaseLink> findByToCaseIdOrderByIdAsc(long toCaseId);

    boolean existsByFromCaseIdAndToCaseIdAndKind(long fromCaseId, long toCaseId, CaseLinkKind kind);
}
