package vn.ktgs.remediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConclusionNoticeRepository extends JpaRepository<ConclusionNotice, Long> {

    List<ConclusionNotice> findByCaseIdOrderByIssuedAtAsc(Long caseId);

    List<ConclusionNotice> findByFollowupCaseId(Long followupCaseId);
}
