package vn.ktgs.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationSignRepository extends JpaRepository<ViolationSign, Long> {

    List<ViolationSign> findByCommitteeOrgIdAndRaisedOnBetweenOrderByRaisedAtDescIdDesc(long committeeOrgId, LocalDate from, LocalDate to);

    List<ViolationSign> findByReviewCaseIdOrInspectionCaseIdOrOriginCaseIdOrderByIdAsc(Long reviewCaseId, Long inspectionCaseId, Long originCaseId);
}
