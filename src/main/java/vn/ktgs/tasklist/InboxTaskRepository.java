package vn.ktgs.tasklist;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InboxTaskRepository extends JpaRepository<InboxTask, String> {

    @Query("select t from InboxTask t where t.dueAt is not null and t.dueAt <= ?1 order by t.dueAt, t.taskId")
    List<InboxTask> dueBefore(Instant horizon, Pageable page);

    List<InboxTask> findByCaseId(Long caseId);

    List<InboxTask> findByDueRuleIdOrderByDueAt(Long dueRuleId);

    /** Rows projected before the folded search column existed (InboxSearchBackfill). */
    List<InboxTask> findTop500BySearchTextIsNull();
}
