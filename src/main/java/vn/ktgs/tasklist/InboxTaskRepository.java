package vn.ktgs.tasklist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InboxTaskRepository extends JpaRepository<InboxTask, String> {

    /** Assigned to the user, by due date (no due date last). */
    @Query("select t from InboxTask t where t.assignee = ?1 order by case when t.dueAt is null then 1 else 0 end, t.dueAt, t.createdAt")
    List<InboxTask> assignedTo(String user, Pageable page);

    long countByAssignee(String user);

    /**
     * Unclaimed tasks offered to any of the groups; "mine or my groups'" is split in two for speed. Native
     * SQL because JPQL can only reach the group rows through a second join of inbox_task, which doubled
     * the time at 50,000 open tasks (docs/benchmarks.md); the group index answers the sub-select alone.
     */
    @Query(nativeQuery = true, value = "select t.* from inbox_task t where t.assignee is null and t.task_id in "
            + "(select g.task_id from inbox_task_group g where g.group_id in (?1)) "
            + "order by case when t.due_at is null then 1 else 0 end, t.due_at, t.created_at")
    List<InboxTask> offeredTo(Collection<String> groups, Pageable page);

    @Query(nativeQuery = true, value = "select count(*) from inbox_task t where t.assignee is null and t.task_id in "
            + "(select g.task_id from inbox_task_group g where g.group_id in (?1))")
    long countOfferedTo(Collection<String> groups);

    @Query("select t from InboxTask t where t.dueAt is not null and t.dueAt <= ?1 order by t.dueAt, t.taskId")
    List<InboxTask> dueBefore(Instant horizon, Pageable page);

    List<InboxTask> findByCaseId(Long caseId);

    List<InboxTask> findByDueRuleIdOrderByDueAt(Long dueRuleId);
}
