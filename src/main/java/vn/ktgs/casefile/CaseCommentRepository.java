package vn.ktgs.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseCommentRepository extends JpaRepository<CaseComment, Long> {

    List<CaseComment> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);
}
