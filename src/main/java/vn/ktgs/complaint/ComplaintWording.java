package vn.ktgs.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ktgs.discipline.DisciplineForm;

/**
 * The Vietnamese sentences of the letters and mails to the complainant (official letters are Vietnamese only):
 * why a complaint is not accepted, what the committee decided, and the note for a letter that also denounces.
 */
public final class ComplaintWording {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final String DENOUNCE_SEPARATELY = "Đơn của đồng chí có cả nội dung tố cáo. Theo quy định, Ủy ban Kiểm tra chỉ "
            + "giải quyết nội dung khiếu nại kỷ luật; đề nghị đồng chí gửi đơn tố cáo riêng nếu muốn tố cáo.";

    private ComplaintWording() {
    }

    /** One reasoned sentence per reason, with the dates that decided it. */
    public static List<String> reasonSentences(Complaint c, DisciplineForm form) {
        return c.reasons().stream().map(r -> switch (r) {
            case LATE -> "Đơn gửi quá thời hạn khiếu nại: đồng chí nhận quyết định kỷ luật ngày " + date(c.getDecisionReceivedOn())
                    + ", thời hạn khiếu nại đến hết ngày " + date(c.getAppealWindowEndsOn()) + ", đơn " + (c.getSentOn() != null ? "đề ngày " + date(c.getSentOn()) : "nhận ngày " + date(c.getFiledOn())) + ".";
            case PENDING_HIGHER -> "Quyết định kỷ luật này đang được cấp trên xem xét, giải quyết khiếu nại.";
            case FINAL_LEVEL -> "Khiếu nại về quyết định kỷ luật " + formName(form) + " này đã được cấp có thẩm quyền cuối cùng ("
                    + (c.getEarlierResolution() == EarlierResolution.DECIDED_BY_SECRETARIAT ? "Ban Bí thư" : "Ủy ban Kiểm tra Trung ương")
                    + ") giải quyết.";
            case SENTENCED -> "Người khiếu nại đã bị kết án từ hình phạt cải tạo không giam giữ trở lên.";
            case ON_BEHALF -> "Đơn khiếu nại thay cho người khác; chỉ người bị kỷ luật mới có quyền khiếu nại.";
            case BEFORE_DECISION -> "Đơn gửi khi chưa nhận được quyết định kỷ luật bằng văn bản.";
            case REFUSED_DECISION -> "Người khiếu nại đã từ chối nhận quyết định kỷ luật.";
            case MOVED_ORGANIZATION -> "Người khiếu nại đã chuyển sinh hoạt sang tổ chức đảng khác trước khi khiếu nại.";
        }).toList();
    }

    /** "quá hạn, khiếu nại thay" for the timeline. */
    static String shortReasons(Set<InadmissibleReason> reasons) {
        return reasons.stream().map(r -> switch (r) {
            case LATE -> "quá hạn";
            case PENDING_HIGHER -> "cấp trên đang giải quyết";
            case FINAL_LEVEL -> "đã được cấp cuối cùng giải quyết";
            case SENTENCED -> "đã bị kết án";
            case ON_BEHALF -> "khiếu nại thay";
            case BEFORE_DECISION -> "chưa nhận quyết định";
            case REFUSED_DECISION -> "từ chối nhận quyết định";
            case MOVED_ORGANIZATION -> "đã chuyển sinh hoạt";
        }).collect(Collectors.joining(", "));
    }

    /** What the committee decided, as the decision and the mail say it. */
    public static String outcomeSentence(Complaint c, DisciplineForm form) {
        return switch (c.getOutcome()) {
            case UPHOLD -> "Giữ nguyên hình thức kỷ luật " + formName(form) + ".";
            case CHANGE -> "Thay đổi hình thức kỷ luật " + formName(form) + " thành " + formName(c.getNewForm()) + ".";
            case ANNUL -> "Xóa bỏ quyết định kỷ luật " + formName(form) + ".";
        };
    }

    public static String formName(DisciplineForm form) {
        return switch (form) {
            case REPRIMAND -> "khiển trách";
            case WARNING -> "cảnh cáo";
            case REMOVAL_FROM_POST -> "cách chức";
            case EXPULSION -> "khai trừ";
            case DISSOLUTION -> "giải tán";
        };
    }

    public static String date(LocalDate d) {
        return d == null ? "" : DMY.format(d);
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
