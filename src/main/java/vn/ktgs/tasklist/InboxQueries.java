package vn.ktgs.tasklist;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.*;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.TextFold;

/**
 * The inbox's two queries with a filter: tasks assigned to the user, and unclaimed tasks offered to the user's groups
 * ("mine or my groups'" in one query is slow, docs/benchmarks.md). Native SQL because the offered tasks are found
 * through the group index's sub-select; the conditions and the order are added only when the filter asks for them.
 */
@Component
class InboxQueries {

    @PersistenceContext
    private EntityManager em;

    /** Given to the user, or to absent colleagues the user stands in for ({@code holders}). */
    List<InboxTask> assignedTo(List<String> holders, InboxFilter filter, Instant now, int max) {
        Map<String, Object> params = new HashMap<>();
        params.put("me", holders);
        return page("select t.* from inbox_task t where t.assignee in (:me)", filter, now, params, max);
    }

    List<InboxTask> offeredTo(Collection<String> groups, InboxFilter filter, Instant now, int max) {
        Map<String, Object> params = new HashMap<>();
        params.put("groups", groups);
        return page("select t.* from inbox_task t where t.assignee is null and t.task_id in "
                + "(select g.task_id from inbox_task_group g where g.group_id in (:groups))", filter, now, params, max);
    }

    long countAssignedTo(List<String> holders, InboxFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("me", holders);
        return count("select count(*) from inbox_task t where t.assignee in (:me)", filter, now, params);
    }

    long countOfferedTo(Collection<String> groups, InboxFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("groups", groups);
        return count("select count(*) from inbox_task t where t.assignee is null and t.task_id in "
                + "(select g.task_id from inbox_task_group g where g.group_id in (:groups))", filter, now, params);
    }

    @SuppressWarnings("unchecked")
    private List<InboxTask> page(String select, InboxFilter filter, Instant now, Map<String, Object> params, int max) {
        Query q = em.createNativeQuery(select + conditions(filter, now, params) + orderBy(filter), InboxTask.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(max).getResultList();
    }

    private long count(String select, InboxFilter filter, Instant now, Map<String, Object> params) {
        Query q = em.createNativeQuery(select + conditions(filter, now, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String conditions(InboxFilter filter, Instant now, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        List<String> words = TextFold.wordPatterns(filter.search());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and t.search_text like :word").append(i).append(" escape '!'");
            params.put("word" + i, words.get(i));
        }
        if (filter.processKey() != null) {
            where.append(" and t.process_key = :process");
            params.put("process", filter.processKey());
        }
        switch (filter.due()) {
            case OVERDUE -> {
                where.append(" and t.due_at < :now");
                params.put("now", now);
            }
            case THIS_WEEK -> {
                where.append(" and t.due_at >= :now and t.due_at < :weekEnd");
                params.put("now", now);
                params.put("weekEnd", endOfWeek(now));
            }
            case FOLLOW_UP -> {
                where.append(" and t.follow_up_at <= :now");
                params.put("now", now);
            }
            case ANY -> { }
        }
        return where.toString();
    }

    static Instant endOfWeek(Instant now) {
        return InboxFilter.endOfWeek(now);
    }

    private static String orderBy(InboxFilter filter) {
        String dir = filter.descending() ? " desc" : "";
        return switch (filter.sort()) {
            case DUE -> " order by case when t.due_at is null then 1 else 0 end, t.due_at" + dir + ", t.created_at";
            case CASE -> " order by t.case_number" + dir + ", t.created_at";
            case SUBJECT -> " order by t.subject_name" + dir + ", t.created_at";
            case STEP -> " order by t.task_name" + dir + ", t.created_at";
            case ASSIGNEE -> " order by t.assignee" + dir + ", t.created_at";
        };
    }

    /** The same order in memory, to merge the two queries' pages. */
    static Comparator<InboxTask> comparator(InboxFilter filter) {
        Comparator<InboxTask> by = switch (filter.sort()) {
            case DUE -> Comparator.comparing(InboxTask::getDueAt, Comparator.nullsLast(filter.descending()
                    ? Comparator.<Instant>reverseOrder() : Comparator.<Instant>naturalOrder()));
            case CASE -> text(InboxTask::getCaseNumber, filter.descending());
            case SUBJECT -> text(InboxTask::getSubjectName, filter.descending());
            case STEP -> text(InboxTask::getTaskName, filter.descending());
            case ASSIGNEE -> text(InboxTask::getAssignee, filter.descending());
        };
        return by.thenComparing(InboxTask::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Comparator<InboxTask> text(Function<InboxTask, String> key, boolean desc) {
        Comparator<String> order = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);
        return Comparator.comparing(key, desc ? order.reversed() : order);
    }
}
