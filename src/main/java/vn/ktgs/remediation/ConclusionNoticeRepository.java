package vn.ktgs.remediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConclusionNoticeRepository extends JpaRepository<ConclusionNotice, Long> {

    List<ConclusionNotice> findByCaseIdOrderByIssuedAtAsc(Long caseId);

    List<ConclusionNotice> findByFollowupCaseId(Long followupCaseId);

    /**
     * Sets the follow-up case only if the notice has none: of two standing members opening it at the same moment
     * the second waits on the row and then updates nothing (its transaction, with its new case, rolls back).
     */
    @Modifying(flushAutomatically = true)
    @Query("update ConclusionNotice n set n.followupCaseId = ?2 where n.id = ?1 and n.followupCaseId is null")
    int claimFollowup(long noticeId, long followupCaseId);
}
