package vn.ktgs.calendar;

import java.time.Instant;
import java.util.List;

/**
 * The open tasks a deadline rule dated, as the inbox knows them. The calendar asks and the inbox answers, so that
 * the calendar, which the inbox counts its days with, never imports the inbox.
 */
public interface OpenTasksByRule {

    List<DatedTask> datedBy(long ruleId);

    record DatedTask(String taskId, String caseNumber, String taskName, Instant createdAt, Instant dueAt) {
    }
}
