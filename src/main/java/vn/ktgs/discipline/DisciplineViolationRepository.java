package vn.ktgs.discipline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineViolationRepository extends JpaRepository<DisciplineViolation, Long> {

    List<DisciplineViolation> findByReviewIdOrderBySeqAsc(long reviewId);
}
