package vn.ktgs.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;

/**
 * A user's inbox: tasks assigned to them plus unclaimed tasks offered to their groups, by due date.
 * Two indexed queries on the projection, merged; the "mine OR my groups'" shape is slow in one query.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    private static final Comparator<InboxTask> BY_DUE = Comparator
            .comparing(InboxTask::getDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(InboxTask::getCreatedAt);

    private final InboxTaskRepository inbox;
    private final BusinessCalendar calendar;
    private final Clock clock;

    InboxService(InboxTaskRepository inbox, BusinessCalendar calendar, Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
        this.calendar = calendar;
    }

    public List<InboxItem> inbox(KtgsUser user, int offset, int limit) {
        PageRequest firstN = PageRequest.of(0, offset + limit);
        List<String> groups = user.candidateGroups();
        Stream<InboxTask> mine = inbox.assignedTo(user.getUsername(), firstN).stream();
        Stream<InboxTask> offered = groups.isEmpty() ? Stream.empty() : inbox.offeredTo(groups, firstN).stream();
        Instant now = clock.instant();
        BusinessCalendar.WorkingDays days = calendar.workingDays();
        return Stream.concat(mine, offered).sorted(BY_DUE).skip(offset).limit(limit)
                .map(t -> toItem(t, now, days)).toList();
    }

    public long count(KtgsUser user) {
        List<String> groups = user.candidateGroups();
        return inbox.countByAssignee(user.getUsername()) + (groups.isEmpty() ? 0 : inbox.countOfferedTo(groups));
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
            return task.getAssignee().equals(user.getUsername());
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

    static InboxItem toItem(InboxTask t, Instant now, BusinessCalendar.WorkingDays days) {
        return new InboxItem(t.getTaskId(), t.getCaseId(), t.getCaseNumber(), t.getSubjectName(), t.getProcessKey(),
                t.getTaskKey(), t.getTaskName(), t.getAssignee(), t.getDueAt(), t.getDueAt() != null && t.getDueAt().isBefore(now),
                workingDaysLeft(t.getDueAt(), now, days), t.getDueRule());
    }
}
