package vn.ktgs.tasklist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;

/**
 * Inbox filters kept by name: a user's own, and those a team lead, chair or deputy shares with their committee
 * ("my team's overdue"). Each is applied to the reader's own inbox, and listed with the number of tasks it finds now.
 */
@Service
@Transactional
public class SavedFilters {

    /** A filter a user may apply, with its count now. */
    public record Listed(long id, String name, boolean shared, boolean mine, InboxFilter filter, long count) {
    }

    static final int MAX_NAME = 100;

    private final SavedFilterRepository filters;
    private final InboxService inbox;
    private final Clock clock;

    SavedFilters(SavedFilterRepository filters, InboxService inbox, Clock clock) {
        this.filters = filters;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Whether the user may share a filter with their committee. */
    public static boolean mayShare(KtgsUser user) {
        return user.hasRole(Role.TEAM_LEAD) || user.hasRole(Role.CHAIR) || user.hasRole(Role.DEPUTY_CHAIR);
    }

    /** Keeps the filter under a name; shared with the committee of the user's sharing role when asked. */
    public SavedFilter save(KtgsUser user, String name, InboxFilter filter, boolean shared) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(FieldError.of("name", "required"));
        } else if (name.trim().length() > MAX_NAME) {
            errors.add(FieldError.of("name", "maxLength", MAX_NAME));
        }
        if (filter.search() != null && filter.search().length() > 200) {
            errors.add(FieldError.of("name", "maxLength", 200));
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        Long committee = null;
        if (shared) {
            committee = user.getGrants().stream().filter(g -> g.role() == Role.TEAM_LEAD || g.role().isStanding())
                    .map(Grant::orgId).findFirst().orElseThrow(() -> new AccessDeniedException("only team leads, chairs and deputies share filters"));
        }
        return filters.save(new SavedFilter(user.getUsername(), committee, name.trim(), filter, clock.instant()));
    }

    /** The user's own filters and those shared with the committees the user works in, each with its count now. */
    @Transactional(readOnly = true)
    public List<Listed> of(KtgsUser user) {
        List<Long> committees = user.getGrants().stream().filter(g -> g.role().isCommitteeRole()).map(Grant::orgId).distinct().toList();
        return filters.visibleTo(user.getUsername(), committees.isEmpty() ? List.of(-1L) : committees).stream()
                .map(f -> new Listed(f.getId(), f.getName(), f.isShared(), f.getOwner().equals(user.getUsername()), f.filter(),
                        inbox.count(user, f.filter())))
                .toList();
    }

    /** Deletes a filter: its owner only. */
    public void delete(KtgsUser user, long id) {
        SavedFilter f = filters.findById(id).orElseThrow();
        if (!f.getOwner().equals(user.getUsername())) {
            throw new AccessDeniedException("only its owner deletes a saved filter");
        }
        filters.delete(f);
    }
}
