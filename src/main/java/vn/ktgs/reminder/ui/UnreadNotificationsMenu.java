package vn.ktgs.reminder.ui;

import org.springframework.stereotype.Component;
import vn.ktgs.base.ui.MenuExtras;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.reminder.NotificationService;

/** The number of unread notifications beside "Thông báo" in the menu. */
@Component
class UnreadNotificationsMenu implements MenuExtras {

    private final NotificationService notifications;

    UnreadNotificationsMenu(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String path() {
        return "notifications";
    }

    @Override
    public Long count(KtgsUser user) {
        return notifications.unread(user);
    }
}
