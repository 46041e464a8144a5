package vn.ktgs.remediation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemediationReportRepository extends JpaRepository<RemediationReport, Long> {

    List<RemediationReport> findByNoticeIdOrderBySubmittedAtAscIdAsc(Long noticeId);

    /** The newest report of a requirement (or, with a null requirement, the notice's newest plan) still awaiting a decision. */
    Optional<RemediationReport> findFirstByNoticeIdAndRequirementIdAndDecisionIsNullOrderByIdDesc(Long noticeId, Long requirementId);

    Optional<RemediationReport> findFirstByNoticeIdAndRequirementIdIsNullAndDecisionIsNullOrderByIdDesc(Long noticeId);
}
