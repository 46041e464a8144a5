package vn.ktgs.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    @Query("select m.id from OutboxMail m where m.status = vn.ktgs.reminder.MailStatus.PENDING and m.nextAttemptAt <= ?1 order by m.nextAttemptAt")
    List<Long> dueIds(Instant now, Pageable page);

    /** Claims a mail for one sender (another node may race for it): 1 when this caller won. */
    @Modifying
    @Query("update OutboxMail m set m.nextAttemptAt = ?2 where m.id = ?1 and m.status = vn.ktgs.reminder.MailStatus.PENDING and m.nextAttemptAt <= ?3")
    int claim(Long id, Instant leaseUntil, Instant now);

    List<OutboxMail> findByDedupeKeyStartingWith(String prefix);

    List<OutboxMail> findByDedupeKeyContaining(String part);

    @Query("select m from OutboxMail m order by m.createdAt desc, m.id desc")
    List<OutboxMail> newestFirst(Pageable page);

    long countByStatus(MailStatus status);
}
