package vn.ktgs.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByCaseNumber(String caseNumber);

    /** Cases owned within one org subtree, filtered by number or subject text and optionally by status. */
    @Query("select c from CaseFile c where c.ownerOrgPath like concat(?1, '%') "
            + "and (lower(c.caseNumber) like lower(concat('%', ?2, '%')) or lower(c.subjectName) like lower(concat('%', ?2, '%')) "
            + "or lower(c.title) like lower(concat('%', ?2, '%'))) and (?3 is null or c.status = ?3) order by c.openedAt desc, c.id desc")
    List<CaseFile> search(String pathPrefix, String text, CaseStatus status, Pageable page);

    @Query("select count(c) from CaseFile c where c.ownerOrgPath like concat(?1, '%') "
            + "and (lower(c.caseNumber) like lower(concat('%', ?2, '%')) or lower(c.subjectName) like lower(concat('%', ?2, '%')) "
            + "or lower(c.title) like lower(concat('%', ?2, '%'))) and (?3 is null or c.status = ?3)")
    long count(String pathPrefix, String text, CaseStatus status);

    /** The cases about one member (its subject), newest first; callers filter them by the reader's scope. */
    List<CaseFile> findBySubjectMemberIdOrderByOpenedAtDescIdDesc(Long subjectMemberId);
}
