package vn.ktgs.tasklist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import vn.ktgs.kernel.VietnamTime;

/**
 * What the inbox shows: whose tasks, a search over case number, subject, title, step and people (without tone marks),
 * how soon they are due, of which process, in which order.
 */
public record InboxFilter(Scope scope, String search, Due due, String processKey, Sort sort, boolean descending) {

    /** Mine (assigned to me), my groups' (offered, unclaimed), or both. */
    public enum Scope { ALL, MINE, GROUPS }

    /** Any, overdue now, due from now to the end of this week (Sunday, Vietnam time), or its follow-up day has come. */
    public enum Due { ANY, OVERDUE, THIS_WEEK, FOLLOW_UP }

    /** The column ordered by; DUE puts tasks without a due date last. */
    public enum Sort { DUE, CASE, SUBJECT, STEP, ASSIGNEE }

    /** The start of next Monday in Vietnam: "this week" ends with Sunday. */
    public static Instant endOfWeek(Instant now) {
        return VietnamTime.localDate(now).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(VietnamTime.ZONE).toInstant();
    }

    public static InboxFilter everything() {
        return new InboxFilter(Scope.ALL, null, Due.ANY, null, Sort.DUE, false);
    }

    public InboxFilter withSearch(String text) {
        return new InboxFilter(scope, text, due, processKey, sort, descending);
    }

    public InboxFilter withScope(Scope s) {
        return new InboxFilter(s, search, due, processKey, sort, descending);
    }

    public InboxFilter withDue(Due d) {
        return new InboxFilter(scope, search, d, processKey, sort, descending);
    }

    public InboxFilter withProcess(String key) {
        return new InboxFilter(scope, search, due, key, sort, descending);
    }

    public InboxFilter sortedBy(Sort s, boolean desc) {
        return new InboxFilter(scope, search, due, processKey, s, desc);
    }
}
