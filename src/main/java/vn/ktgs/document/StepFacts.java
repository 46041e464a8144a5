package vn.ktgs.document;

import java.time.LocalDate;
import java.util.Map;
import vn.ktgs.casefile.CaseFile;

/**
 * What a document is drafted from: the case, its committee's heading, the values entered at the step (fresh
 * from the form, or read back from the case timeline when a document is generated again), the step's date,
 * the document's own number, the numbers of the case's earlier documents (the plan cites the decision) and who signs.
 */
public record StepFacts(CaseFile caseFile, Letterhead.Issuer issuer, Wording wording, Map<String, Object> values,
                 LocalDate date, String number, Map<DocumentKind, String> earlierNumbers, Signer signer) {

    /**
     * The standing member who decided what the document issues, when not the chair: a deputy chair signs
     * "KT. CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM" with their own name. Null: the chair signs.
     */
    public record Signer(String fullName, boolean deputy) {
    }

    public String text(String key) {
        Object v = values.get(key);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    /** A date entered at the step: a LocalDate from the form, an ISO string when read back from the timeline. */
    public LocalDate date(String key) {
        Object v = values.get(key);
        if (v instanceof LocalDate d) {
            return d;
        }
        return v == null || v.toString().isBlank() ? null : LocalDate.parse(v.toString().substring(0, 10));
    }

    public String earlier(DocumentKind kind) {
        return earlierNumbers.get(kind);
    }

    /** The same facts under another issuer's heading (a cell that decides within its authority issues its own). */
    public StepFacts issuedBy(Letterhead.Issuer other) {
        return new StepFacts(caseFile, other, wording, values, date, number, earlierNumbers, signer);
    }

    public String team() {
        CaseFile c = caseFile;
        return c.getTeam() != null ? c.getTeam() : c.getProposedTeam();
    }
}
