package vn.ktgs.document;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentDraftRepository extends JpaRepository<DocumentDraft, Long> {

    /** Drafts due now that are the oldest of their case: a case's steps are drafted in order. */
    @Query("select d.id from DocumentDraft d where d.failed = false and d.nextAttemptAt <= ?1 "
            + "and d.id = (select min(e.id) from DocumentDraft e where e.caseId = d.caseId) order by d.id")
    List<Long> dueIds(Instant now, Pageable page);

    /** Takes one draft for this drafter until the lease ends; 0 when another node took it first. */
    @Modifying
    @Query("update DocumentDraft d set d.leaseToken = ?2, d.nextAttemptAt = ?3 where d.id = ?1 and d.failed = false "
            + "and d.nextAttemptAt <= ?4")
    int lease(long id, String token, Instant leaseEnds, Instant now);

    @Modifying
    @Query("delete from DocumentDraft d where d.id = ?1 and d.leaseToken = ?2")
    int deleteLeased(long id, String token);

    List<DocumentDraft> findByCaseIdOrderById(long caseId);
}
