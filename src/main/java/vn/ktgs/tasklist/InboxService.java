package vn.ktgs.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;

/**
 * A user's inbox: tasks assigned to them plus unclaimed tasks offered to their groups, by due date.
 * Two indexed queries on the projection, merged; the "mine OR my groups'" shape is slow in one query.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private final InboxTaskRepository inbox;
    private final InboxQueries queries;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final UserDirectory users;

    InboxService(InboxTaskRepository inbox, InboxQueries queries, BusinessCalendar calendar, Clock clock, UserDirectory users) {
        this.users = users;
        this.queries = queries;
        this.clock = clock;
        this.inbox = inbox;
        this.calendar = calendar;
    }

    public List<InboxItem> inbox(KtgsUser user, int offset, int limit) {
        return inbox(user, InboxFilter.everything(), offset, limit);
    }

    /** A page of the user's tasks that pass the filter, in its order. */
    public List<InboxItem> inbox(KtgsUser user, InboxFilter filter, int offset, int limit) {
        Instant now = clock.instant();
        int max = offset + limit;
        List<String> groups = user.candidateGroups();
        Stream<InboxTask> mine = filter.scope() == InboxFilter.Scope.GROUPS ? Stream.empty()
                : queries.assignedTo(holders(user), filter, now, max).stream();
        Stream<InboxTask> offered = groups.isEmpty() || filter.scope() == InboxFilter.Scope.MINE ? Stream.empty()
                : queries.offeredTo(groups, filter, now, max).stream();
        BusinessCalendar.WorkingDays days = calendar.workingDays();
        List<InboxTask> page = Stream.concat(mine, offered).sorted(InboxQueries.comparator(filter)).skip(offset).limit(limit).toList();
        Map<String, String> names = users.fullNames(page.stream().map(InboxTask::getAssignee).filter(Objects::nonNull).distinct().toList());
        return page.stream().map(t -> toItem(t, now, days, names, user)).toList();
    }

    public long count(KtgsUser user) {
        return count(user, InboxFilter.everything());
    }

    public long count(KtgsUser user, InboxFilter filter) {
        Instant now = clock.instant();
        List<String> groups = user.candidateGroups();
        return (filter.scope() == InboxFilter.Scope.GROUPS ? 0 : queries.countAssignedTo(holders(user), filter, now))
                + (groups.isEmpty() || filter.scope() == InboxFilter.Scope.MINE ? 0 : queries.countOfferedTo(groups, filter, now));
    }

    public Optional<InboxTask> find(String taskId) {
        return inbox.findById(taskId);
    }

    public List<InboxTask> openTasksOfCase(long caseId) {
        return inbox.findByCaseId(caseId);
    }

    /** May this user work on (or look at) this task: its assignee, or in one of its groups while unclaimed. */
    public static boolean mayWork(KtgsUser user, InboxTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(user.getUsername()) || user.standsInFor().contains(task.getAssignee());
        }
        return user.candidateGroups().stream().anyMatch(task.getCandidateGroups()::contains);
    }

    public static boolean mayClaim(KtgsUser user, InboxTask task) {
        return user.candidateGroups().stream().anyMatch(task.getCandidateGroups()::contains);
    }

    /** Working days left until the due date (negative: working days overdue; 0: due today). */
    public static Integer workingDaysLeft(Instant dueAt, Instant now, BusinessCalendar.WorkingDays days) {
        if (dueAt == null) {
            return null;
        }
        LocalDate today = VietnamTime.localDate(now);
        LocalDate due = VietnamTime.localDate(dueAt);
        return due.isBefore(today) ? -days.between(due, today) : days.between(today, due);
    }

    public Integer workingDaysLeft(Instant dueAt) {
        return workingDaysLeft(dueAt, clock.instant(), calendar.workingDays());
    }

    /** The user and the absent colleagues they stand in for: whose assigned tasks the inbox lists. */
    private static List<String> holders(KtgsUser user) {
        List<String> holders = new ArrayList<>();
        holders.add(user.getUsername());
        holders.addAll(user.standsInFor());
        return holders;
    }

    static InboxItem toItem(InboxTask t, Instant now, BusinessCalendar.WorkingDays days, Map<String, String> names, KtgsUser user) {
        return new InboxItem(t.getTaskId(), t.getCaseId(), t.getCaseNumber(), t.getSubjectName(), t.getProcessKey(),
                t.getTaskKey(), t.getTaskName(), t.getAssignee(), t.getDueAt(), t.getDueAt() != null && t.getDueAt().isBefore(now),
                workingDaysLeft(t.getDueAt(), now, days), t.getDueRule(),
                t.getAssignee() == null ? null : names.getOrDefault(t.getAssignee(), t.getAssignee()), t.getAssignee() == null,
                t.getAssignee() != null && !t.getAssignee().equals(user.getUsername()) && user.standsInFor().contains(t.getAssignee()),
                t.getDetail(), t.getFollowUpAt());
    }
}
