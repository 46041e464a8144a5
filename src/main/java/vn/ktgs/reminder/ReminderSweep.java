package vn.ktgs.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.AppUser;
import vn.ktgs.organization.CandidateGroups;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.InboxTaskRepository;

/**
 * Finds open tasks that are due soon or overdue and queues one reminder per (task, kind, due date, person)
 * in the outbox. Runs inside the reminder-sweep job's transaction, so a failed sweep queues nothing.
 */
@Service
@Transactional
public class ReminderSweep {

    private static final int BATCH = 1_000;

    private final InboxTaskRepository tasks;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final BusinessCalendar calendar;
    private final ReminderSettings settings;
    private final String baseUrl;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ReminderSweep(InboxTaskRepository tasks, UserDirectory users, MailOutbox outbox, BusinessCalendar calendar,
                  ReminderSettings settings, @Value("${ktgs.base-url}") String baseUrl,
                  org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.users = users;
        this.outbox = outbox;
        this.calendar = calendar;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    /**
     * Returns how many mails were queued. Sweeps are serialised by a row lock, so two sweeps that overlap
     * (a slow one and the next timer, or two nodes) never race on the same dedupe key.
     */
    public int sweep() {
        jdbc.queryForObject("select name from job_lock where name = ? for update", String.class, "reminder-sweep");
        Instant now = CaseService.now();
        LocalDate today = BusinessCalendar.localDate(now);
        Instant horizon = BusinessCalendar.endOfDay(calendar.addWorkingDays(today, settings.daysBefore()));
        BusinessCalendar.WorkingDays days = calendar.workingDays();
        int queued = 0;
        for (int page = 0; ; page++) {
            List<InboxTask> due = tasks.dueBefore(horizon, PageRequest.of(page, BATCH));
            for (InboxTask task : due) {
                queued += remind(task, now, today, days);
            }
            if (due.size() < BATCH) {
                return queued;
            }
        }
    }

    private int remind(InboxTask task, Instant now, LocalDate today, BusinessCalendar.WorkingDays days) {
        boolean overdue = task.getDueAt().isBefore(now);
        int queued = send(overdue ? ReminderKind.OVERDUE : ReminderKind.DUE_SOON, task, actors(task), now);
        int daysLate = days.between(BusinessCalendar.localDate(task.getDueAt()), today);
        if (overdue && daysLate >= settings.escalateAfterDays()) {
            queued += send(ReminderKind.ESCALATION, task, standingMembers(task), now);
        }
        return queued;
    }

    private int send(ReminderKind kind, InboxTask task, Collection<AppUser> recipients, Instant now) {
        int queued = 0;
        for (AppUser user : recipients) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                continue;
            }
            String key = kind + ":" + task.getTaskId() + ":" + task.getDueAt().toEpochMilli() + ":" + user.getUsername();
            if (outbox.enqueue(key, user.getEmail(), user.getUsername(), ReminderMail.subject(kind, task),
                    ReminderMail.body(kind, task, user.getFullName(), baseUrl, now))) {
                queued++;
            }
        }
        return queued;
    }

    /** The assignee, or everyone who could claim the task while nobody has. */
    private Collection<AppUser> actors(InboxTask task) {
        if (task.getAssignee() != null) {
            return users.find(task.getAssignee()).map(List::of).orElse(List.of());
        }
        Map<String, AppUser> people = new LinkedHashMap<>();
        task.getCandidateGroups().forEach(g -> users.membersOf(g).forEach(u -> people.putIfAbsent(u.getUsername(), u)));
        return people.values();
    }

    /** The chair and deputies of the committee that owns the case. */
    private Collection<AppUser> standingMembers(InboxTask task) {
        String[] codes = task.getOwnerOrgPath().split("/");
        return users.membersOf(CandidateGroups.standing(codes[codes.length - 1]));
    }
}
