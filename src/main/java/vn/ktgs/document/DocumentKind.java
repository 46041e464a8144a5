package vn.ktgs.document;

/**
 * The documents KTGS drafts. {@code fileStem} names the file (versions follow the file name within a case);
 * {@code series} is the register series of its number ("QĐ" → "Số 12-QĐ/UBKTTU"), null when the number
 * comes from elsewhere (the notice's number is typed by the team lead) or there is none (an outline).
 */
public enum DocumentKind {
    DECISION("quyet-dinh", "QĐ"),
    PLAN("ke-hoach", "KH"),
    REPORT_OUTLINE("de-cuong-bao-cao", null),
    CONCLUSION_NOTICE("thong-bao-ket-luan", null),
    /** Asset verification: the letter asking the declarant to explain (công văn, "CV" series). */
    EXPLANATION_REQUEST("yeu-cau-giai-trinh", "CV"),
    /** The reasoned reply to a disciplinary complaint not accepted (a letter of the committee's CV series). */
    COMPLAINT_REPLY("tra-loi-don-khieu-nai", "CV"),
    /** The decision on a disciplinary complaint: the number the chair typed. */
    COMPLAINT_DECISION("quyet-dinh-giai-quyet-khieu-nai", null),
    /** discipline-review: the number is typed from the signed decision. */
    DISCIPLINE_DECISION("quyet-dinh-ky-luat", null),
    /** discipline-review: minutes of the announcement (biên bản công bố), no number of its own. */
    DISCIPLINE_MINUTES("bien-ban-cong-bo-quyet-dinh", null),
    /** denunciation: the letter guiding the denouncer to the competent body outside the party (CV series); no name in it. */
    DENUNCIATION_REFERRAL("huong-dan-nguoi-to-cao", "CV"),
    /** denunciation: the result letter to the denouncer as filed in the case (CV series), addressed without the name. */
    DENUNCIATION_RESULT("thong-bao-ket-qua-giai-quyet-to-cao", "CV");

    private final String fileStem;
    private final String series;

    DocumentKind(String fileStem, String series) {
        this.fileStem = fileStem;
        this.series = series;
    }

    public String fileStem() {
        return fileStem;
    }

    public String series() {
        return series;
    }
}
