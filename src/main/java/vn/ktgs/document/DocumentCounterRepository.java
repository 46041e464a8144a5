package vn.ktgs.document;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface DocumentCounterRepository extends JpaRepository<DocumentCounter, Long> {

    /** Locked until the step's transaction ends, so two approvals at once never share a number. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DocumentCounter> findByOrgIdAndCounterYearAndSeries(Long orgId, int counterYear, String series);
}
