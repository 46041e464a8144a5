package vn.ktgs.document;

/**
 * The documents KTGS drafts. {@code fileStem} names the file (versions follow the file name within a case);
 * {@code series} is the register series of its number ("QĐ" → "Số 12-QĐ/UBKTTU"), null when the number
 * comes from elsewhere (the notice's number is typed by the team lead) or there is none (an outline);
 * {@code typedNumberField} is the form field whose value, when the step has one, is the number.
 */
public enum DocumentKind {
    DECISION("quyet-dinh", "QĐ", "decisionNumber"),
    PLAN("ke-hoach", "KH", null),
    REPORT_OUTLINE("de-cuong-bao-cao", null, null),
    CONCLUSION_NOTICE("thong-bao-ket-luan", null, "noticeNumber"),
    /** Asset verification: the letter asking the declarant to explain (công văn, "CV" series). */
    EXPLANATION_REQUEST("yeu-cau-giai-trinh", "CV", null),
    /** The reasoned reply to a disciplinary complaint not accepted (a letter of the committee's CV series). */
    COMPLAINT_REPLY("tra-loi-don-khieu-nai", "CV", null),
    /** The decision on a disciplinary complaint: the number the chair typed. */
    COMPLAINT_DECISION("quyet-dinh-giai-quyet-khieu-nai", null, "resolutionNumber"),
    /** discipline-review: the number is typed from the signed decision. */
    DISCIPLINE_DECISION("quyet-dinh-ky-luat", null, "decisionNumber"),
    /** discipline-review: minutes of the announcement (biên bản công bố), no number of its own. */
    DISCIPLINE_MINUTES("bien-ban-cong-bo-quyet-dinh", null, null),
    /** denunciation: the letter guiding the denouncer to the competent body outside the party (CV series); no name in it. */
    DENUNCIATION_REFERRAL("huong-dan-nguoi-to-cao", "CV", null),
    /** denunciation: the result letter to the denouncer as filed in the case (CV series), addressed without the name. */
    DENUNCIATION_RESULT("thong-bao-ket-qua-giai-quyet-to-cao", "CV", null);

    private final String fileStem;
    private final String series;
    private final String typedNumberField;

    DocumentKind(String fileStem, String series, String typedNumberField) {
        this.fileStem = fileStem;
        this.series = series;
        this.typedNumberField = typedNumberField;
    }

    public String fileStem() {
        return fileStem;
    }

    public String series() {
        return series;
    }

    public String typedNumberField() {
        return typedNumberField;
    }

    /** Sent to the subject organisation (its contact persons may read it): the decision, the plan, the outline, the notice. */
    public boolean addressedToSubject() {
        return this == DECISION || this == PLAN || this == REPORT_OUTLINE || this == CONCLUSION_NOTICE;
    }
}
