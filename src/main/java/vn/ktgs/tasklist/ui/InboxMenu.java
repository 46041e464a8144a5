package vn.ktgs.tasklist.ui;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.base.ui.MenuExtras;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.SavedFilters;

/** The inbox's entry in the menu: how many tasks wait, and below it each saved filter with its count now. */
@Component
class InboxMenu implements MenuExtras {

    private final InboxService inbox;
    private final SavedFilters filters;

    InboxMenu(InboxService inbox, SavedFilters filters) {
        this.inbox = inbox;
        this.filters = filters;
    }

    @Override
    public String path() {
        return "inbox";
    }

    @Override
    public Long count(KtgsUser user) {
        return inbox.count(user);
    }

    @Override
    public List<Entry> children(KtgsUser user) {
        return filters.of(user).stream()
                .map(f -> new Entry(f.name() + " (" + f.count() + ")", "inbox", Map.of(InboxView.FILTER_PARAMETER, String.valueOf(f.id()))))
                .toList();
    }
}
