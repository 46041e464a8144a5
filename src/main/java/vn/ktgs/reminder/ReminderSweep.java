package vn.ktgs.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.*;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.*;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.InboxTaskRepository;

/**
 * Applies the reminder policy (table {@code reminder_policy}) to open tasks: for each line that applies,
 * each recipient gets one in-app notification and, unless they chose the morning digest, one mail in the
 * outbox. The same (line, task, due date, person) never produces a second one. Runs inside the
 * reminder-sweep job's transaction, so a failed sweep writes nothing.
 */
@Service
@Transactional
public class ReminderSweep {

    private static final int BATCH = 1_000;
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessCalendar.ZONE);

    private final InboxTaskRepository tasks;
    private final ReminderPolicyRepository policies;
    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final BusinessCalendar calendar;
    private final JdbcTemplate jdbc;
    private final String baseUrl;

    ReminderSweep(InboxTaskRepository tasks, ReminderPolicyRepository policies, NotificationRepository notifications,
                  UserDirectory users, MailOutbox outbox, MailTemplates templates, BusinessCalendar calendar,
                  JdbcTemplate jdbc, @Value("${ktgs.base-url}") String baseUrl) {
        this.tasks = tasks;
        this.policies = policies;
        this.notifications = notifications;
        this.users = users;
        this.outbox = outbox;
        this.templates = templates;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl;
    }

    /**
     * Returns how many notifications were written. Sweeps are serialised by a row lock, so two sweeps that
     * overlap (a slow one and the next timer, or two nodes) never race on the same dedupe key.
     */
    public int sweep() {
        jdbc.queryForObject("select name from job_lock where name = ? for update", String.class, "reminder-sweep");
        dropOrphans();
        List<ReminderPolicy> lines = policies.findByActiveTrueOrderByOffsetDaysAsc();
        if (lines.isEmpty()) {
            return 0;
        }
        Instant now = CaseService.now();
        LocalDate today = BusinessCalendar.localDate(now);
        BusinessCalendar.WorkingDays days = calendar.workingDays();
        int earliest = Math.max(0, -lines.get(0).getOffsetDays());
        Instant horizon = BusinessCalendar.endOfDay(days.add(today, earliest));
        int written = 0;
        for (int page = 0; ; page++) {
            List<InboxTask> due = tasks.dueBefore(horizon, PageRequest.of(page, BATCH));
            for (InboxTask task : due) {
                int daysLeft = InboxService.workingDaysLeft(task.getDueAt(), now, days);
                boolean overdue = task.getDueAt().isBefore(now);
                boolean dueToday = BusinessCalendar.localDate(task.getDueAt()).equals(today);
                for (ReminderPolicy line : lines) {
                    if (line.appliesTo(daysLeft, overdue, dueToday)) {
                        written += remind(line, task, daysLeft, overdue, now);
                    }
                }
            }
            if (due.size() < BATCH) {
                return written;
            }
        }
    }

    /**
     * Inbox rows whose Camunda task is gone without a task event (e.g. an instance removed by an operator
     * straight in the database) would be reminded about forever: drop them before sweeping.
     */
    private void dropOrphans() {
        jdbc.update("delete from inbox_task_group where task_id not in (select ID_ from ACT_RU_TASK)");
        int dropped = jdbc.update("delete from inbox_task where task_id not in (select ID_ from ACT_RU_TASK)");
        if (dropped > 0) {
            org.slf4j.LoggerFactory.getLogger(ReminderSweep.class).warn("Dropped {} inbox rows without a Camunda task", dropped);
        }
    }

    private int remind(ReminderPolicy line, InboxTask task, int daysLeft, boolean overdue, Instant now) {
        int written = 0;
        for (AppUser user : recipients(line.getRecipients(), task)) {
            String key = line.getRecipients() + "@" + line.getOffsetDays() + ":" + task.getTaskId() + ":"
                    + task.getDueAt().toEpochMilli() + ":" + user.getUsername();
            if (notifications.existsByDedupeKey(key)) {
                continue;
            }
            notifications.save(new Notification(key, user.getUsername(), task.getTaskId(), task.getCaseId(),
                    task.getCaseNumber(), line.getLabel(), task.getTaskName(), task.getDueAt(), now));
            written++;
            if (user.getMailMode() == MailMode.IMMEDIATE && user.getEmail() != null && !user.getEmail().isBlank()) {
                outbox.enqueue(key, user.getEmail(), user.getUsername(), subject(line, task, user.getLocale()),
                        templates.render("reminder", user.getLocale(), variables(line, task, user, daysLeft, overdue)));
            }
        }
        return written;
    }

    private String subject(ReminderPolicy line, InboxTask task, String locale) {
        return "[KTGS] " + line.getLabel() + ": " + task.getTaskName() + ("en".equals(locale) ? " – case " : " – hồ sơ ")
                + task.getCaseNumber();
    }

    private Map<String, Object> variables(ReminderPolicy line, InboxTask task, AppUser user, int daysLeft, boolean overdue) {
        boolean en = "en".equals(user.getLocale());
        String timeText = overdue ? (en ? -daysLeft + " working days overdue" : "quá hạn " + -daysLeft + " ngày làm việc")
                : daysLeft == 0 ? (en ? "due today" : "đến hạn hôm nay")
                : (en ? daysLeft + " working days left" : "còn " + daysLeft + " ngày làm việc");
        Map<String, Object> v = new HashMap<>();
        v.put("recipientName", user.getFullName());
        v.put("label", line.getLabel());
        v.put("timeText", timeText);
        v.put("caseNumber", task.getCaseNumber());
        v.put("subjectName", task.getSubjectName());
        v.put("step", task.getTaskName());
        v.put("due", DUE.format(task.getDueAt()));
        v.put("rule", task.getDueRule());
        v.put("assignee", task.getAssignee() == null ? (en ? "not claimed yet" : "chưa nhận việc") : task.getAssignee());
        v.put("link", baseUrl + "/task/" + task.getTaskId());
        return v;
    }

    private Collection<AppUser> recipients(Recipients who, InboxTask task) {
        String committee = OrgPaths.lastCode(task.getOwnerOrgPath());
        return switch (who) {
            case ACTORS -> actors(task);
            case TEAM_LEAD -> users.membersOf(CandidateGroups.of(Role.TEAM_LEAD, committee));
            case STANDING -> users.membersOf(CandidateGroups.standing(committee));
        };
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
}
