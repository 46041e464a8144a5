package vn.ktgs.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByTaskId(String taskId);

    List<DeadlineExtension> findByCaseIdOrderByRequestedAtAscIdAsc(Long caseId);
}
