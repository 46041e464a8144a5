package vn.ktgs.reminder;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.organization.KtgsUser;

/** A user's own reminders in the app. */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
    }

    @Transactional(readOnly = true)
    public List<Notification> mine(KtgsUser user, int limit) {
        return notifications.findByUsernameOrderByCreatedAtDescIdDesc(user.getUsername(), PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long unread(KtgsUser user) {
        return notifications.countByUsernameAndReadAtIsNull(user.getUsername());
    }

    public void markRead(KtgsUser user, long id) {
        Notification n = notifications.findById(id).orElseThrow();
        if (!n.getUsername().equals(user.getUsername())) {
            throw new AccessDeniedException("not yours");
        }
        n.read(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Notification> aboutTask(String taskId) {
        return notifications.findByTaskId(taskId);
    }
}
