package vn.ktgs.casefile;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.organization.CommitteePeople;

/**
 * A case's team as people of its committee: a lead and members chosen from the committee's users (never typed), checked
 * against the committee that owns the case, kept as usernames and as the text the documents print
 * ("Phạm Đức Đoàn (trưởng đoàn), Nguyễn Văn Kiểm").
 */
@Service
@Transactional
public class CaseTeams {

    /** The forms' team fields: a lookup of the committee's people and a taglist of them. */
    public static final String LEAD = "teamLead";
    public static final String MEMBERS = "team";

    private final CaseService cases;
    private final CommitteePeople people;

    CaseTeams(CaseService cases, CommitteePeople people) {
        this.cases = cases;
        this.people = people;
    }

    /**
     * The lead (a standing member when {@code standingLead}) and each member must work in the committee that owns the
     * case; errors name the field and the person.
     */
    @Transactional(readOnly = true)
    public List<FieldError> check(long caseId, String leadField, String lead, String membersField, List<String> members,
                                  boolean standingLead) {
        return checkIn(cases.get(caseId).getOwnerOrgId(), leadField, lead, membersField, members, standingLead);
    }

    /** The same, before the case exists (a proposal), in the committee that will own it. */
    @Transactional(readOnly = true)
    public List<FieldError> checkIn(long committee, String leadField, String lead, String membersField, List<String> members,
                                    boolean standingLead) {
        List<FieldError> errors = new ArrayList<>();
        if (lead != null && !people.worksIn(committee, lead, standingLead)) {
            errors.add(FieldError.of(leadField, standingLead ? "teamLeadNotStanding" : "teamNotInCommittee", name(lead)));
        }
        members.stream().filter(m -> !people.worksIn(committee, m, false)).findFirst()
                .ifPresent(m -> errors.add(FieldError.of(membersField, "teamNotInCommittee", name(m))));
        return errors;
    }

    /** The standard team fields ({@link #LEAD}, {@link #MEMBERS}), the lead any of the committee's people. */
    @Transactional(readOnly = true)
    public List<FieldError> check(long caseId, String lead, List<String> members) {
        return check(caseId, LEAD, lead, MEMBERS, members, false);
    }

    /** Sets the case's team and returns its text, the lead first with {@code leadTitle} ("trưởng đoàn", "tổ trưởng"). */
    public String assign(long caseId, String lead, List<String> members, String leadTitle) {
        List<String> others = members.stream().filter(m -> !m.equals(lead)).distinct().toList();
        String text = describe(lead, others, leadTitle);
        cases.get(caseId).setTeam(lead, others, text);
        return text;
    }

    /** Records the team proposed with a case (no lead yet) and returns its text. */
    public String propose(long caseId, List<String> members) {
        String text = describe(null, members, null);
        cases.get(caseId).proposeTeam(members, text.isEmpty() ? null : text);
        return text;
    }

    private String describe(String lead, List<String> members, String leadTitle) {
        List<String> names = new ArrayList<>();
        if (lead != null) {
            names.add(name(lead) + " (" + leadTitle + ")");
        }
        members.forEach(m -> names.add(name(m)));
        return String.join(", ", names);
    }

    private String name(String username) {
        return people.fullName(username).orElse(username);
    }
}
