package vn.ktgs.discipline;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineReviewRepository extends JpaRepository<DisciplineReview, Long> {

    Optional<DisciplineReview> findByCaseId(long caseId);
}
