package vn.ktgs.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, JpaSpecificationExecutor<CaseFile> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    /** Rows written before the folded column existed, a batch at a time (SearchTextBackfill). */
    List<CaseFile> findTop500BySearchTextIsNull();

    /** The cases about one member (its subject), newest first; callers filter them by the reader's scope. */
    List<CaseFile> findBySubjectMemberIdOrderByOpenedAtDescIdDesc(Long subjectMemberId);
}
