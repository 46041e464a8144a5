package vn.ktgs.calendar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, Long> {

    List<DeadlineRule> findByProcessKey(String processKey);

    List<DeadlineRule> findAllByOrderByProcessKeyAscStepKeyAscOrgLevelAsc();
}
