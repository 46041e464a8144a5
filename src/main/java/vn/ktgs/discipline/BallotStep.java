package vn.ktgs.discipline;

import static vn.ktgs.discipline.DisciplineReviewProcess.*;

import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepResult;

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
        SecretBallot.Count count = count(step, review);
        List<FieldError> ballot = SecretBallot.check(count, VOTE_FIELDS);
        errors.addAll(ballot);
        if (ballot.isEmpty()) {
            SecretBallot.count(count).form().flatMap(form -> noCompetentBody(review, form, VOTE_FIELDS.get(form))).ifPresent(errors::add);
        }
        return errors;
    }

    /**
     * The form that reached its threshold must be decidable somewhere: by the voting body, or by a body above it in
     * the authority matrix. When none may (top of the tree, entries withdrawn by an administrator) the vote is refused
     * beside the form's field, rather than failing when the proposal is sent.
     */
    Optional<FieldError> noCompetentBody(DisciplineReview review, DisciplineForm form, String field) {
        Organization body = organizations.byId(review.getDecidingOrgId());
        if (authority.mayDecide(body, review.getSubjectKind(), form, kinds(review), subjectOrg(review))
                || authority.competentAbove(body, review.getSubjectKind(), form).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(FieldError.of(field, "discipline.noCompetentBody", body.getName()));
    }

    /**
     * Counts the ballot. A form whose limitation expired since the case was opened (and was not overridden) goes to
     * the chair ({@code Task_LimitationOverride}), never silently dropped. The deciding body decides what lies within
     * its authority; otherwise the review goes to the competent committee as a proposal.
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
                lines.add(Vietnamese.text("discipline.ballot.timeBarredToChair", Vietnamese.text(form.labelKey()), limitation.vietnamese()));
                String arithmetic = String.join("; ", lines);
                review.voted(count, null, DisciplineReviews.clip(arithmetic, 2000));
                return StepResult.of(DisciplineReviews.clip("Kết quả bỏ phiếu kín: " + arithmetic, 1000),
                        Map.of(VOTE_OUTCOME, "TIME_BARRED", VOTED_FORM_TIME_BARRED, true));
            }
        }
        String arithmetic = String.join("; ", lines);
        review.voted(count, form, DisciplineReviews.clip(arithmetic, 2000));
        if (form == null) {
            return StepResult.of(DisciplineReviews.clip("Kết quả bỏ phiếu kín: " + arithmetic, 1000), Map.of(VOTE_OUTCOME, "NONE"));
        }
        return decideOrPropose(step, review, form, count, "Kết quả bỏ phiếu kín: " + arithmetic);
    }

    /**
     * The chair has decided on a voted form that was time-barred: overridden, the ballot's result goes on to the
     * decision or the proposal as if in time; dropped, there is no discipline.
     */
    StepResult afterOverride(StepContext step, StepResult chair) {
        if (!"OVERRIDE".equals(chair.variables().get(OVERRIDE_DECISION))) {
            return StepResult.of(chair.summary(), Map.of(OVERRIDE_DECISION, "DROP", VOTE_OUTCOME, "NONE"));
        }
        DisciplineReview review = review(step);
        SecretBallot.Count count = storedCount(review);
        DisciplineForm form = SecretBallot.count(count).form().orElseThrow();
        review.voted(count, form, review.getOutcomeText());
        StepResult routed = decideOrPropose(step, review, form, count, chair.summary());
        Map<String, Object> variables = new HashMap<>(routed.variables());
        variables.put(OVERRIDE_DECISION, "OVERRIDE");
        return StepResult.of(routed.summary(), variables);
    }

    /** After the vote: a chair's override needs the same competent body as the vote (the matrix may have changed). */
    List<FieldError> checkOverride(StepContext step) {
        if (!"OVERRIDE".equals(step.text("decision"))) {
            return List.of();
        }
        DisciplineReview review = review(step);
        return SecretBallot.count(storedCount(review)).form().flatMap(form -> noCompetentBody(review, form, "decision")).stream().toList();
    }

    private SecretBallot.Count storedCount(DisciplineReview review) {
        Organization body = organizations.byId(review.getDecidingOrgId());
        return review.count(holdsPost(review), body.getLevel() == OrgLevel.CELL).orElseThrow();
    }

    private StepResult decideOrPropose(StepContext step, DisciplineReview review, DisciplineForm form, SecretBallot.Count count,
                                       String before) {
        Organization body = organizations.byId(review.getDecidingOrgId());
        if (authority.mayDecide(body, review.getSubjectKind(), form, kinds(review), subjectOrg(review))) {
            cases.moveTo(step.caseId(), CaseStatus.CONCLUDED);
            return StepResult.of(DisciplineReviews.clip(before + ". " + body.getName() + " có thẩm quyền quyết định.", 1000),
                    Map.of(VOTE_OUTCOME, "DECIDE"));
        }
        // check() refused the vote when no body may decide: reaching this without one is a programming error
        Organization competent = authority.competentAbove(body, review.getSubjectKind(), form)
                .orElseThrow(() -> new IllegalStateException("no body above " + body.getCode() + " may decide " + form));
        boolean cellProposesExpulsion = form == DisciplineForm.EXPULSION && body.getLevel() == OrgLevel.CELL;
        CaseFile proposal = reviews.propose(review, form, competent,
                cellProposesExpulsion ? Integer.valueOf(count.bodyMembers()) : review.getCellFullMembers(),
                cellProposesExpulsion ? Integer.valueOf(count.of(DisciplineForm.EXPULSION)) : review.getCellExpulsionVotes(),
                step.user().getUsername());
        review.proposedTo(proposal.getId());
        return StepResult.of(DisciplineReviews.clip(before + ". " + body.getName() + " không có thẩm quyền: đề nghị "
                + competent.getName() + " (hồ sơ " + proposal.getCaseNumber() + ").", 1000), Map.of(VOTE_OUTCOME, "PROPOSE"));
    }

    private Set<ViolationKind> kinds(DisciplineReview review) {
        Set<ViolationKind> kinds = EnumSet.noneOf(ViolationKind.class);
        reviews.violationsOf(review.getId()).forEach(v -> kinds.add(v.getKind()));
        return kinds;
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
