package vn.ktgs.deadline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.ktgs.deadline.DeadlineExtension;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByTaskId(String taskId);

    List<DeadlineExtension> findByCaseIdOrderByRequestedAtAscIdAsc(Long caseId);
}
