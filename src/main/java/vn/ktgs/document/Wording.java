package vn.ktgs.document;

/**
 * How a procedure names itself in its documents: {@code activity} "kiểm tra" or "giám sát",
 * {@code description} "khi có dấu hiệu vi phạm", "việc chấp hành", "chuyên đề" …, and the report the subject
 * writes ("báo cáo giải trình", "báo cáo tự kiểm tra"). Titles and subtitles are built from these.
 */
public record Wording(String activity, String description, String subjectReport) {
}
