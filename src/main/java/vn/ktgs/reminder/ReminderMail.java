package vn.ktgs.reminder;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.tasklist.InboxTask;

/** The text of a reminder, in Vietnamese: case number, step, due date and a link to the task. */
final class ReminderMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessCalendar.ZONE);

    private ReminderMail() {
    }

    static String subject(ReminderKind kind, InboxTask task) {
        String prefix = switch (kind) {
            case DUE_SOON -> "[KTGS] Sắp đến hạn";
            case OVERDUE -> "[KTGS] Quá hạn";
            case ESCALATION -> "[KTGS] Cảnh báo quá hạn";
        };
        return prefix + ": " + task.getTaskName() + " – hồ sơ " + task.getCaseNumber();
    }

    static String body(ReminderKind kind, InboxTask task, String recipientName, String baseUrl, Instant now) {
        String lead = switch (kind) {
            case DUE_SOON -> "Công việc sau sắp đến hạn hoàn thành.";
            case OVERDUE -> "Công việc sau đã quá hạn hoàn thành.";
            case ESCALATION -> "Công việc sau đã quá hạn nhiều ngày làm việc; đề nghị đồng chí chỉ đạo, đôn đốc.";
        };
        return "Kính gửi đồng chí " + recipientName + ",\n\n"
                + lead + "\n\n"
                + "Hồ sơ: " + task.getCaseNumber() + "\n"
                + "Đối tượng: " + task.getSubjectName() + "\n"
                + "Bước: " + task.getTaskName() + "\n"
                + "Hạn: " + DATE.format(task.getDueAt()) + "\n"
                + (task.getAssignee() == null ? "Người thực hiện: chưa nhận việc\n" : "Người thực hiện: " + task.getAssignee() + "\n")
                + "\nMở công việc: " + baseUrl + "/task/" + task.getTaskId() + "\n\n"
                + "Thư này do hệ thống KTGS gửi tự động lúc " + DATE.format(now) + ".\n";
    }
}
