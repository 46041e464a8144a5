package vn.ktgs.reminder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    @Query("select m.id from OutboxMail m where m.status = vn.ktgs.reminder.MailStatus.PENDING and m.nextAttemptAt <= ?1 order by m.nextAttemptAt")
    List<Long> dueIds(Instant now, Pageable page);

    /**
     * Leases those of the mails still due for one dispatcher round (another node may race for them); the
     * round then reads back the ones carrying its token.
     */
    @Modifying
    @Query("update OutboxMail m set m.nextAttemptAt = ?3, m.leaseToken = ?2 where m.id in ?1 "
            + "and m.status = vn.ktgs.reminder.MailStatus.PENDING and m.nextAttemptAt <= ?4")
    int lease(Collection<Long> ids, String token, Instant leaseUntil, Instant now);

    List<OutboxMail> findByLeaseTokenAndStatus(String token, MailStatus status);

    @Modifying
    @Query("update OutboxMail m set m.status = vn.ktgs.reminder.MailStatus.SENT, m.sentAt = ?2, m.attempts = m.attempts + 1, "
            + "m.lastError = null where m.id in ?1")
    int markSent(Collection<Long> ids, Instant at);

    /**
     * A protected mail (to a denouncer: their address and name) keeps neither once it is sent; the row only says that
     * it went and when. Until then it must keep them to be sent at all.
     */
    @Modifying
    @Query("update OutboxMail m set m.recipient = '***', m.body = '***' where m.id in ?1 and m.dedupeKey like 'PROTECTED:%'")
    int forgetProtected(Collection<Long> ids);

    List<OutboxMail> findByDedupeKeyStartingWith(String prefix);

    List<OutboxMail> findByDedupeKeyContaining(String part);

    @Query("select m from OutboxMail m order by m.createdAt desc, m.id desc")
    List<OutboxMail> newestFirst(Pageable page);

    long countByStatus(MailStatus status);
}
