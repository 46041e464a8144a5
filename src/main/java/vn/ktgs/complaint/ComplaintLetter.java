package vn.ktgs.complaint;

import java.util.List;
import vn.ktgs.discipline.DisciplineForm;

/**
 * Everything a letter to the complainant says, in Vietnamese: the reply to a complaint not accepted, the notice of
 * acceptance, the decision on the complaint. The documents (complaint/ComplaintDocuments) and the mails read the same.
 */
public record ComplaintLetter(String caseNumber, String complainantName, String decisionNumber, String decidingOrgName,
                              DisciplineForm form, String decidedOn, boolean letterDated, String letterDay, String content, List<String> reasons,
                              String note, boolean alsoDenounces, String outcome, String resolutionNumber, String dueOn,
                              String replyEmail, String replyAddress) {

    /**
     * The letter by its own date when the complainant's date (or postmark) is known, "đề ngày 30/03/2033"; otherwise by
     * the day it reached the committee, "(nhận ngày 01/04/2033)" (a letter without a date is not "dated" its receipt).
     */
    public String letterDate() {
        return letterDated ? "đề ngày " + letterDay : "(nhận ngày " + letterDay + ")";
    }

    public String letterDateEn() {
        return (letterDated ? "dated " : "received on ") + letterDay;
    }

    public String formName() {
        return ComplaintWording.formName(form);
    }

    public String denounceSeparately() {
        return alsoDenounces ? ComplaintWording.DENOUNCE_SEPARATELY : null;
    }
}
