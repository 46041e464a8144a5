package vn.ktgs.reminder;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
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
import vn.ktgs.kernel.VietnamTime;
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
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    private final InboxTaskRepository tasks;
    private final ReminderPolicyRepository policies;
    private final NotificationRepository notifications;
    private final UserDirectory users;
    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final BusinessCalendar calendar;
    private final JdbcTemplate jdbc;
    private final EntityManager entities;
    private final String baseUrl;

    private final Clock clock;

    ReminderSweep(Clock clock, InboxTaskRepository tasks, ReminderPolicyRepository policies, NotificationRepository notifications,
                  UserDirectory users, MailOutbox outbox, MailTemplates templates, BusinessCalendar calendar,
                  JdbcTemplate jdbc, EntityManager entities, @Value("${ktgs.base-url}") String baseUrl) {
        this.clock = clock;
        this.entities = entities;
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
        Instant now = clock.instant();
        LocalDate today = VietnamTime.localDate(now);
        BusinessCalendar.WorkingDays days = calendar.workingDays();
        int earliest = Math.max(0, -lines.get(0).getOffsetDays());
        Instant horizon = VietnamTime.endOfDay(days.add(today, earliest));
        RecipientCache recipients = new RecipientCache();
        int written = 0;
        for (int page = 0; ; page++) {
            List<InboxTask> due = tasks.dueBefore(horizon, PageRequest.of(page, BATCH));
            Set<String> known = existingKeys(due);
            List<Notification> newNotifications = new ArrayList<>();
            List<MailOutbox.NewMail> newMails = new ArrayList<>();
            for (InboxTask task : due) {
                int daysLeft = InboxService.workingDaysLeft(task.getDueAt(), now, days);
                boolean overdue = task.getDueAt().isBefore(now);
                boolean dueToday = VietnamTime.localDate(task.getDueAt()).equals(today);
                for (ReminderPolicy line : lines) {
                    if (line.appliesTo(daysLeft, overdue, dueToday)) {
                        remind(line, task, daysLeft, overdue, now, recipients, known, newNotifications, newMails);
                    }
                }
            }
            insert(newNotifications);
            outbox.enqueueNew(newMails, now);
            written += newNotifications.size();
            entities.clear(); // a page's tasks are done with: keeps Hibernate's flush checks from growing with the sweep
            if (due.size() < BATCH) {
                return written;
            }
        }
    }

    /** The dedupe keys already written for a page of tasks, in one query per 500 tasks. */
    private Set<String> existingKeys(List<InboxTask> page) {
        Set<String> keys = new HashSet<>();
        for (int from = 0; from < page.size(); from += 500) {
            List<String> ids = page.subList(from, Math.min(page.size(), from + 500)).stream().map(InboxTask::getTaskId).toList();
            keys.addAll(jdbc.queryForList("select dedupe_key from notification where task_id in ("
                    + String.join(",", Collections.nCopies(ids.size(), "?")) + ")", String.class, ids.toArray()));
        }
        return keys;
    }

    private void insert(List<Notification> rows) {
        jdbc.batchUpdate("insert into notification (dedupe_key, username, task_id, case_id, case_number, label, step_name, due_at, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, n) -> {
            ps.setString(1, n.getDedupeKey());
            ps.setString(2, n.getUsername());
            ps.setString(3, n.getTaskId());
            ps.setLong(4, n.getCaseId());
            ps.setString(5, n.getCaseNumber());
            ps.setString(6, n.getLabel());
            ps.setString(7, n.getStepName());
            ps.setTimestamp(8, Timestamp.from(n.getDueAt()), MailOutbox.utc());
            ps.setTimestamp(9, Timestamp.from(n.getCreatedAt()), MailOutbox.utc());
        });
    }

    /**
     * Inbox rows whose Camunda task is gone without a task event (e.g. an instance removed by an operator
     * straight in the database) would be reminded about forever: drop them before sweeping.
     */
    private void dropOrphans() {
        // a plain read first (no locks under READ COMMITTED), then deletes by key: a "delete … not in (select …
        // ACT_RU_TASK)" locked rows that concurrent task completions on other nodes needed, and deadlocked
        List<String> orphans = jdbc.queryForList("select t.task_id from inbox_task t left join ACT_RU_TASK a on a.ID_ = t.task_id "
                + "where a.ID_ is null union select g.task_id from inbox_task_group g left join ACT_RU_TASK a on a.ID_ = g.task_id "
                + "where a.ID_ is null", String.class);
        for (String taskId : orphans) {
            jdbc.update("delete from inbox_task_group where task_id = ?", taskId);
            jdbc.update("delete from inbox_task where task_id = ?", taskId);
        }
        if (!orphans.isEmpty()) {
            org.slf4j.LoggerFactory.getLogger(ReminderSweep.class).warn("Dropped {} inbox rows without a Camunda task", orphans.size());
        }
    }

    private void remind(ReminderPolicy line, InboxTask task, int daysLeft, boolean overdue, Instant now, RecipientCache recipients,
                        Set<String> known, List<Notification> newNotifications, List<MailOutbox.NewMail> newMails) {
        for (AppUser user : recipients.of(line.getRecipients(), task)) {
            String key = line.getRecipients() + "@" + line.getOffsetDays() + ":" + task.getTaskId() + ":"
                    + task.getDueAt().toEpochMilli() + ":" + user.getUsername();
            if (!known.add(key)) {
                continue;
            }
            newNotifications.add(new Notification(key, user.getUsername(), task.getTaskId(), task.getCaseId(),
                    task.getCaseNumber(), line.getLabel(), task.getTaskName(), task.getDueAt(), now));
            if (user.getMailMode() == MailMode.IMMEDIATE && user.getEmail() != null && !user.getEmail().isBlank()) {
                newMails.add(new MailOutbox.NewMail(key, user.getEmail(), user.getUsername(), subject(line, task, user.getLocale()),
                        templates.render("reminder", user.getLocale(), variables(line, task, user, daysLeft, overdue))));
            }
        }
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

    /** Who gets a line's reminder; each group and person is looked up once per sweep. */
    private final class RecipientCache {
        private final Map<String, List<AppUser>> groups = new HashMap<>();
        private final Map<String, List<AppUser>> people = new HashMap<>();

        Collection<AppUser> of(Recipients who, InboxTask task) {
            String committee = OrgPaths.lastCode(task.getOwnerOrgPath());
            return switch (who) {
                case ACTORS -> actors(task);
                case TEAM_LEAD -> group(CandidateGroups.of(Role.TEAM_LEAD, committee));
                case STANDING -> group(CandidateGroups.standing(committee));
            };
        }

        /** The assignee, or everyone who could claim the task while nobody has. */
        private Collection<AppUser> actors(InboxTask task) {
            if (task.getAssignee() != null) {
                return people.computeIfAbsent(task.getAssignee(), name -> users.find(name).map(List::of).orElse(List.of()));
            }
            Map<String, AppUser> actors = new LinkedHashMap<>();
            task.getCandidateGroups().forEach(g -> group(g).forEach(u -> actors.putIfAbsent(u.getUsername(), u)));
            return actors.values();
        }

        private List<AppUser> group(String candidateGroup) {
            return groups.computeIfAbsent(candidateGroup, users::membersOf);
        }
    }
}
