package vn.ktgs.discipline;

import static vn.ktgs.discipline.DisciplineReviewProcess.VOTE_OUTCOME;

import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.form.FieldError;

/** The secret-ballot step of discipline-review: the count is checked, counted, limited and sent to whoever may decide. */
@Component
class BallotStep {

    static final Map<DisciplineForm, String> VOTE_FIELDS = new EnumMap<>(Map.of(
            DisciplineForm.REPRIMAND, "votesReprimand", DisciplineForm.WARNING, "votesWarning",
            DisciplineForm.REMOVAL_FROM_POST, "votesRemoval", DisciplineForm.EXPULSION, "votesExpulsion",
            DisciplineForm.DISSOLUTION, "votesDissolution"));

    private final DisciplineReviews reviews;
    private final DisciplineAuthority authority;
    private final OrganizationService organizations;
    private final CaseService cases;

    BallotStep(DisciplineReviews reviews, DisciplineAuthority authority, OrganizationService organizations, CaseService cases) {
        this.reviews = reviews;
        this.authority = authority;
        this.organizations = organizations;
        this.cases = cases;
    }

    List<FieldError> check(StepContext step) {
        List<FieldError> errors = new ArrayList<>(DisciplineReviewSteps.notAfterToday(step, "meetingDate"));
        DisciplineReview review = review(step);
        errors.addAll(SecretBallot.check(count(step, review), VOTE_FIELDS));
        return errors;
    }

    /**
     * Counts the ballot. A form whose limitation expired (and was not overridden) cannot be imposed. The deciding body
     * decides what lies within its authority; otherwise the review goes to the competent committee as a proposal.
     */
    StepResult apply(StepContext step) {
        DisciplineReview review = review(step);
        SecretBallot.Count count = count(step, review);
        SecretBallot.Outcome outcome = SecretBallot.count(count);
        List<String> lines = new ArrayList<>(SecretBallot.vietnamese(outcome.lines()));
        DisciplineForm form = outcome.form().orElse(null);
        if (form != null && review.getOverrideReason() == null) {
            LimitationPeriods.Limitation limitation = reviews.limitation(review.getSubjectKind(), form, drafts(review));
            if (limitation.expired()) {
                lines.add(Vietnamese.text("discipline.ballot.timeBarred", Vietnamese.text(form.labelKey()), limitation.vietnamese()));
                form = null;
            }
        }
        String arithmetic = String.join("; ", lines);
        review.voted(count, form, DisciplineReviews.clip(arithmetic, 2000));
        if (form == null) {
            return StepResult.of(DisciplineReviews.clip("Kết quả bỏ phiếu kín: " + arithmetic, 1000), Map.of(VOTE_OUTCOME, "NONE"));
        }
        Organization body = organizations.byId(review.getDecidingOrgId());
        Organization subjectOrg = subjectOrg(review);
        Set<ViolationKind> kinds = EnumSet.noneOf(ViolationKind.class);
        reviews.violationsOf(review.getId()).forEach(v -> kinds.add(v.getKind()));
        if (authority.mayDecide(body, review.getSubjectKind(), form, kinds, subjectOrg)) {
            cases.moveTo(step.caseId(), CaseStatus.CONCLUDED);
            return StepResult.of(DisciplineReviews.clip("Kết quả bỏ phiếu kín: " + arithmetic + ". " + body.getName()
                    + " có thẩm quyền quyết định.", 1000), Map.of(VOTE_OUTCOME, "DECIDE"));
        }
        DisciplineForm proposed = form;
        Organization competent = authority.competentAbove(body, review.getSubjectKind(), form)
                .orElseThrow(() -> new IllegalStateException("no body above " + body.getCode() + " may decide " + proposed));
        boolean cellProposesExpulsion = form == DisciplineForm.EXPULSION && body.getLevel() == OrgLevel.CELL;
        CaseFile proposal = reviews.propose(review, form, competent,
                cellProposesExpulsion ? Integer.valueOf(count.bodyMembers()) : review.getCellFullMembers(),
                cellProposesExpulsion ? Integer.valueOf(count.of(DisciplineForm.EXPULSION)) : review.getCellExpulsionVotes(),
                step.user().getUsername());
        review.proposedTo(proposal.getId());
        return StepResult.of(DisciplineReviews.clip("Kết quả bỏ phiếu kín: " + arithmetic + ". " + body.getName()
                + " không có thẩm quyền: đề nghị " + competent.getName() + " (hồ sơ " + proposal.getCaseNumber() + ").", 1000),
                Map.of(VOTE_OUTCOME, "PROPOSE"));
    }

    private SecretBallot.Count count(StepContext step, DisciplineReview review) {
        Map<DisciplineForm, Integer> votes = new EnumMap<>(DisciplineForm.class);
        VOTE_FIELDS.forEach((form, field) -> votes.put(form, step.integer(field)));
        Organization body = organizations.byId(review.getDecidingOrgId());
        Integer cellFull = integerOrNull(step, "cellFullMembers");
        Integer cellVotes = integerOrNull(step, "cellExpulsionVotes");
        if (cellVotes == null && review.getCellExpulsionVotes() != null) { // proposed by a cell: its count came with the case
            cellFull = review.getCellFullMembers();
            cellVotes = review.getCellExpulsionVotes();
        }
        return new SecretBallot.Count(review.getSubjectKind(), holdsPost(review), body.getLevel() == OrgLevel.CELL,
                step.integer("bodyMembers"), step.integer("present"), votes, step.integer("votesNone"), cellFull, cellVotes);
    }

    boolean holdsPost(DisciplineReview review) {
        return review.getMemberId() != null && reviews.memberSubject(review.getMemberId()).holdsPost();
    }

    private Organization subjectOrg(DisciplineReview review) {
        return review.getOrgId() != null ? organizations.byId(review.getOrgId())
                : organizations.memberById(review.getMemberId()).getOrganization();
    }

    private List<ViolationDraft> drafts(DisciplineReview review) {
        return reviews.violationsOf(review.getId()).stream().map(DisciplineViolation::draft).toList();
    }

    private DisciplineReview review(StepContext step) {
        return reviews.ofCase(step.caseId()).orElseThrow();
    }

    private static Integer integerOrNull(StepContext step, String key) {
        Object v = step.values().get(key);
        return v == null || v.toString().isBlank() ? null : step.integer(key);
    }
}
