package vn.ktgs.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.MailMode;
import vn.ktgs.organization.UserDirectory;

/** The morning digest: one mail per user who chose it, listing the reminders not yet sent to them. */
@Service
@Transactional
public class DigestService {

    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final String baseUrl;

    private final Clock clock;

    DigestService(Clock clock, NotificationRepository notifications, UserDirectory users, MailOutbox outbox, MailTemplates templates,
                  @Value("${ktgs.base-url}") String baseUrl) {
        this.clock = clock;
        this.notifications = notifications;
        this.users = users;
        this.outbox = outbox;
        this.templates = templates;
        this.baseUrl = baseUrl;
    }

    /** Returns how many digests were queued. A second run on the same day queues none. */
    public int sendDigests() {
        Instant now = clock.instant();
        LocalDate today = VietnamTime.localDate(now);
        int queued = 0;
        for (String username : notifications.usersWithUndigested()) {
            AppUser user = users.find(username).orElse(null);
            if (user == null || user.getMailMode() != MailMode.DIGEST) {
                continue;
            }
            List<Notification> items = notifications.findByUsernameAndDigestedAtIsNullOrderByDueAtAsc(username);
            items.forEach(n -> n.digested(now));
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            boolean en = "en".equals(user.getLocale());
            List<Map<String, Object>> lines = items.stream().map(n -> Map.<String, Object>of("label", n.getLabel(),
                    "caseNumber", n.getCaseNumber(), "step", n.getStepName(), "due", Formats.dateTime(n.getDueAt()),
                    "link", baseUrl + "/task/" + n.getTaskId())).toList();
            String body = templates.render("digest", user.getLocale(), Map.of("recipientName", user.getFullName(),
                    "date", Formats.date(today), "items", lines));
            String subject = en ? "[KTGS] Daily digest " + Formats.date(today) + ": " + items.size() + " items"
                    : "[KTGS] Tổng hợp ngày " + Formats.date(today) + ": " + items.size() + " việc cần chú ý";
            if (outbox.enqueue("DIGEST:" + username + ":" + today, user.getEmail(), username, subject, body)) {
                queued++;
            }
        }
        return queued;
    }
}
