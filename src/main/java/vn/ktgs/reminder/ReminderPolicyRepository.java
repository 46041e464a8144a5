package vn.ktgs.reminder;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReminderPolicyRepository extends JpaRepository<ReminderPolicy, Long> {

    List<ReminderPolicy> findAllByOrderByOffsetDaysAsc();

    List<ReminderPolicy> findByActiveTrueOrderByOffsetDaysAsc();
}
