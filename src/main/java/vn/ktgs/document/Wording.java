package vn.ktgs.document;

/**
 * How a procedure names itself in its documents: {@code activity} "kiểm tra" or "giám sát",
 * {@code description} "khi có dấu hiệu vi phạm", "việc chấp hành", "chuyên đề" …, and the report the subject
 * writes ("báo cáo giải trình", "báo cáo tự kiểm tra"). Titles and subtitles are built from these.
 */
public record Wording(String activity, String description, String subjectReport) {

    public static final Wording INSPECTION_VIOLATION = new Wording("kiểm tra", "khi có dấu hiệu vi phạm", "báo cáo giải trình");
    public static final Wording INSPECTION_COMPLIANCE = new Wording("kiểm tra", "việc chấp hành", "báo cáo tự kiểm tra");
    public static final Wording INSPECTION_FINANCE = new Wording("kiểm tra", "tài chính đảng", "báo cáo tự kiểm tra");
    public static final Wording INSPECTION_DISCIPLINE_WORK = new Wording("kiểm tra",
            "việc thi hành kỷ luật và thực hiện nhiệm vụ kiểm tra, giám sát", "báo cáo tự kiểm tra");
    public static final Wording SUPERVISION_THEMATIC = new Wording("giám sát", "chuyên đề", "báo cáo");
    public static final Wording ASSET_VERIFICATION = new Wording("xác minh", "tài sản, thu nhập", "bản giải trình");
    public static final Wording DISCIPLINE_COMPLAINT = new Wording("giải quyết khiếu nại", "kỷ luật", "báo cáo");
}
