package vn.ktgs.programme;

/** What a programme item plans, and the process (and case number prefix) a started item runs. */
public enum ItemKind {
    COMPLIANCE("inspection-compliance", "KTCH", "Kiểm tra việc chấp hành"),
    FINANCE("inspection-finance", "KTTC", "Kiểm tra tài chính đảng"),
    DISCIPLINE_WORK("inspection-discipline-work", "KTCT", "Kiểm tra công tác kiểm tra, giám sát, thi hành kỷ luật"),
    THEMATIC_SUPERVISION("supervision-thematic", "GSCD", "Giám sát chuyên đề");

    private final String processKey;
    private final String caseNumberPrefix;
    /** The case title's opening words; case titles are records kept in Vietnamese, like the timeline. */
    private final String caseTitle;

    ItemKind(String processKey, String caseNumberPrefix, String caseTitle) {
        this.processKey = processKey;
        this.caseNumberPrefix = caseNumberPrefix;
        this.caseTitle = caseTitle;
    }

    public String caseTitle() { return caseTitle; }

    public String processKey() { return processKey; }
    public String caseNumberPrefix() { return caseNumberPrefix; }
}
