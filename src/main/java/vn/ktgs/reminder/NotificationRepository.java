package vn.ktgs.reminder;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    List<Notification> findByUsernameOrderByCreatedAtDescIdDesc(String username, Pageable page);

    long countByUsernameAndReadAtIsNull(String username);

    @Query("select distinct n.username from Notification n where n.digestedAt is null")
    List<String> usersWithUndigested();

    List<Notification> findByUsernameAndDigestedAtIsNullOrderByDueAtAsc(String username);

    List<Notification> findByTaskId(String taskId);
}
