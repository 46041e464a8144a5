package vn.ktgs.complaint;

import java.util.List;
import vn.ktgs.discipline.DisciplineForm;

/**
 * Everything a letter to the complainant says, in Vietnamese: the reply to a complaint not accepted, the notice of
 * acceptance, the decision on the complaint. The documents (complaint/ComplaintDocuments) and the mails read the same.
 */
public record ComplaintLetter(String caseNumber, String complainantName, String decisionNumber, String decidingOrgName,
                              DisciplineForm form, String decidedOn, String filedOn, String content, List<String> reasons,
                              String note, boolean alsoDenounces, String outcome, String resolutionNumber, String dueOn,
                              String replyEmail, String replyAddress) {

    public String formName() {
        return ComplaintWording.formName(form);
    }

    public String denounceSeparately() {
        return alsoDenounces ? ComplaintWording.DENOUNCE_SEPARATELY : null;
    }
}
