package vn.ktgs.tasklist.api;

import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.*;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxFilter;
import vn.ktgs.tasklist.InboxItem;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.TaskAssignments;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * The inbox for scripts and other systems: the same search, filters, order and scoping as the page (the signed-in
 * user's tasks only), taking and handing back a task, giving it to someone else with a reason.
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TasksApi {

    static final int MAX_PAGE = 200;

    /** One task as the inbox lists it. */
    record Task(String id, long caseId, String caseNumber, String subject, String process, String stepKey, String step,
                String detail, String assignee, String assigneeName, Instant dueAt, boolean overdue, Integer workingDaysLeft) {

        static Task of(InboxItem i) {
            return new Task(i.taskId(), i.caseId(), i.caseNumber(), i.subjectName(), i.processKey(), i.taskKey(), i.taskName(),
                    i.detail(), i.assignee(), i.assigneeName(), i.dueAt(), i.overdue(), i.workingDaysLeft());
        }
    }

    /** A page of tasks and how many there are in all. */
    record Page(List<Task> items, long total, int page, int size) {
    }

    /** Who gets the task, and why. */
    record Reassignment(String assignee, String reason) {
    }

    private final InboxService inbox;
    private final TaskWorkService work;
    private final TaskAssignments assignments;

    TasksApi(InboxService inbox, TaskWorkService work, TaskAssignments assignments) {
        this.inbox = inbox;
        this.work = work;
        this.assignments = assignments;
    }

    @GetMapping
    Page list(@AuthenticationPrincipal KtgsUser user,
              @RequestParam(required = false) String q,
              @RequestParam(defaultValue = "ALL") InboxFilter.Scope scope,
              @RequestParam(defaultValue = "ANY") InboxFilter.Due due,
              @RequestParam(required = false) String process,
              @RequestParam(defaultValue = "DUE") InboxFilter.Sort sort,
              @RequestParam(defaultValue = "false") boolean desc,
              @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        int from = Math.max(0, page) * pageSize;
        InboxFilter filter = new InboxFilter(scope, q, due, process == null || process.isBlank() ? null : process, sort, desc);
        return new Page(inbox.inbox(user, filter, from, pageSize).stream().map(Task::of).toList(), inbox.count(user, filter),
                Math.max(0, page), pageSize);
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@AuthenticationPrincipal KtgsUser user, @PathVariable String id) {
        work.claim(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@AuthenticationPrincipal KtgsUser user, @PathVariable String id) {
        work.unclaim(user, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/assignee")
    ResponseEntity<Void> reassign(@AuthenticationPrincipal KtgsUser user, @PathVariable String id, @RequestBody Reassignment body) {
        assignments.reassign(user, id, body.assignee(), body.reason());
        return ResponseEntity.noContent().build();
    }
}
