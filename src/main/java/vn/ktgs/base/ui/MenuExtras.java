package vn.ktgs.base.ui;

import java.util.List;
import java.util.Map;
import vn.ktgs.organization.KtgsUser;

/**
 * What a feature adds to its entry of the side menu, so the layout imports no feature: a count after the entry's title
 * (unread notifications, open tasks) and entries below it (saved inbox filters with their counts). Asked again at
 * every navigation, so the counts follow the work.
 */
public interface MenuExtras {

    /** A sub-entry: its title, the route and the query parameters it opens with. */
    record Entry(String title, String path, Map<String, String> query) {
    }

    /** The route of the menu entry this adds to (e.g. "inbox"). */
    String path();

    /** A number shown after the entry's title, or null. */
    default Long count(KtgsUser user) {
        return null;
    }

    /** Entries below it; titles already translated. */
    default List<Entry> children(KtgsUser user) {
        return List.of();
    }
}
