package vn.ktgs.inspection;

/** What a structured finding is about; {@code vietnamese} is how the timeline and the notice write it. */
public enum FindingKind {
    BUDGET_INCOME("Thu ngân sách"),
    BUDGET_SPENDING("Chi ngân sách"),
    ACCOUNTING("Công tác kế toán"),
    PARTY_FEES("Thu, nộp, sử dụng đảng phí"),
    WRONG_LEVEL_DISCIPLINE("Thi hành kỷ luật không đúng thẩm quyền"),
    UNDISCIPLINED_VIOLATION("Vi phạm chưa được xử lý kỷ luật");

    private final String vietnamese;

    FindingKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
