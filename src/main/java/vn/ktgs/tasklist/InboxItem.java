package vn.ktgs.tasklist;

import java.time.Instant;

/**
 * A line of an inbox; {@code offered}: unclaimed, offered to one of the user's groups; {@code standIn}: given to an
 * absent colleague the user stands in for.
 */
public record InboxItem(String taskId, long caseId, String caseNumber, String subjectName, String processKey,
                        String taskKey, String taskName, String assignee, Instant dueAt, boolean overdue,
                        Integer workingDaysLeft, String dueRule, String assigneeName, boolean offered, boolean standIn, String detail, Instant followUpAt) {
}
