package vn.ktgs.discipline;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.calendar.TimeUnit;
import vn.ktgs.casefile.*;
import vn.ktgs.casefile.CaseProcesses;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.*;
import vn.ktgs.tasklist.form.*;

/**
 * Opens discipline reviews: from an inspector's start form, from a conclusion that found discipline warranted
 * ({@link DisciplineWarranted}), or as a proposal to the competent body. Each checks the statute of limitations of
 * the proposed form at once; an expired one waits for the chair.
 */
@Service
@Transactional
public class DisciplineReviews {

    /** Who is reviewed: a member (with their own organisation) or an organisation. */
    record Subject(DisciplineSubjectKind kind, PartyMember member, Organization org, String name) {
        boolean holdsPost() {
            return member != null && member.getPosts() != null && !member.getPosts().isBlank();
        }
    }

    private final DisciplineReviewRepository reviews;
    private final DisciplineViolationRepository violations;
    private final CaseService cases;
    private final CaseLinks links;
    private final OrganizationService organizations;
    private final DeadlineService deadlines;
    private final CaseProcesses processes;
    private final RepositoryService repository;
    private final FormService forms;
    private final Clock clock;

    DisciplineReviews(DisciplineReviewRepository reviews, DisciplineViolationRepository violations, CaseService cases,
                      CaseLinks links, OrganizationService organizations, DeadlineService deadlines, CaseProcesses processes,
                      RepositoryService repository, FormService forms, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.violations = violations;
        this.cases = cases;
        this.links = links;
        this.organizations = organizations;
        this.deadlines = deadlines;
        this.processes = processes;
        this.repository = repository;
        this.forms = forms;
    }

    @Transactional(readOnly = true)
    public FormDefinition openForm() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(DisciplineReviewProcess.KEY)
                .latestVersion().singleResult().getId();
        try (InputStream in = forms.getDeployedStartForm(definitionId)) {
            return FormParser.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An inspector opens a review in their committee; bad input throws {@link FormValidationException} and saves nothing. */
    public CaseFile open(KtgsUser user, Map<String, Object> values) {
        Grant committee = user.proposingCommittee()
                .orElseThrow(() -> new AccessDeniedException("only inspectors open discipline reviews"));
        LocalDate today = VietnamTime.localDate(clock.instant());
        List<FieldError> errors = new ArrayList<>(FormValidator.validate(openForm(), values, today));
        List<ViolationDraft> drafts = errors.isEmpty() ? ViolationDraft.fromForm(values, today, errors) : List.of();
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        Subject subject = subject(values);
        if (!subject.org().isWithin(committee.orgPath())) {
            throw FormValidationException.of(subject.member() != null ? "subjectMember" : "subjectOrg", "outsideJurisdiction");
        }
        if (subject.member() != null && !subject.member().isMember()) {
            throw FormValidationException.of("subjectMember", "discipline.notAMember");
        }
        DisciplineForm form = DisciplineForm.valueOf(text(values, "proposedForm"));
        if (!SecretBallot.formsFor(subject.kind(), subject.holdsPost()).contains(form)) {
            throw FormValidationException.of("proposedForm", "discipline.formNotApplicable");
        }
        Organization committeeOrg = organizations.byId(committee.orgId());
        Organization deciding = subject.member() != null && "CELL".equals(text(values, "decidingBody"))
                ? subject.member().getOrganization() : committeeOrg;
        return start(committeeOrg, subject, deciding, form, drafts, user.getUsername(), null);
    }

    /** A conclusion found discipline warranted: a review of the subject in the committee's inbox, linked to the source case. */
    public CaseFile openFromConclusion(DisciplineWarranted warranted) {
        Organization committee = organizations.byId(warranted.committeeOrgId());
        Subject subject = warranted.subjectMemberId() != null ? memberSubject(warranted.subjectMemberId())
                : orgSubject(organizations.byId(warranted.subjectOrgId()));
        CaseFile source = cases.get(warranted.sourceCaseId());
        // the conclusion states what was violated, not when: the source case's opening is the latest day the violation
        // can have happened, so the limitation is never counted as expired too early; the inspector sees the dates
        ViolationDraft violation = new ViolationDraft(ViolationKind.ORDINARY, warranted.violations(),
                VietnamTime.localDate(source.getOpenedAt()), null, false);
        DisciplineForm form = warranted.proposedForm() != null ? warranted.proposedForm() : DisciplineForm.REPRIMAND;
        CaseFile opened = start(committee, subject, committee, form, List.of(violation), warranted.by(), null);
        links.link(source.getId(), opened.getId(), CaseLinkKind.CONCLUSION_TO_DISCIPLINE, warranted.by());
        return opened;
    }

    /** The deciding body lacked authority for the form voted: the same review opens in the competent committee's inbox. */
    CaseFile propose(DisciplineReview from, DisciplineForm form, Organization competent, Integer cellFullMembers,
                     Integer cellExpulsionVotes, String by) {
        Subject subject = from.getMemberId() != null ? memberSubject(from.getMemberId()) : orgSubject(organizations.byId(from.getOrgId()));
        List<ViolationDraft> drafts = violations.findByReviewIdOrderBySeqAsc(from.getId()).stream()
                .map(DisciplineViolation::draft).toList();
        CaseFile opened = start(competent, subject, competent, form, drafts, by, new Integer[] {cellFullMembers, cellExpulsionVotes});
        links.link(from.getCaseId(), opened.getId(), CaseLinkKind.DISCIPLINE_PROPOSAL, by);
        return opened;
    }

    private CaseFile start(Organization committee, Subject subject, Organization deciding, DisciplineForm form,
                           List<ViolationDraft> drafts, String by, Integer[] cellProposal) {
        String title = clip("Xem xét kỷ luật " + subject.name(), 300);
        String content = clip(String.join("\n", drafts.stream().map(ViolationDraft::description).toList()), 4000);
        CaseFile opened = cases.open(new CaseFile(DisciplineReviewProcess.KEY, title, content, committee.getId(), committee.getPath(),
                subject.member() == null ? subject.org().getId() : null, subject.member() == null ? null : subject.member().getId(),
                subject.name(), subject.org().getPath(), null, null, by, clock.instant()), DisciplineReviewProcess.CASE_NUMBER_PREFIX);
        cases.moveTo(opened.getId(), CaseStatus.IN_PROGRESS);
        DisciplineReview review = reviews.saveAndFlush(new DisciplineReview(opened.getId(), subject.kind(),
                subject.member() == null ? null : subject.member().getId(), subject.member() == null ? subject.org().getId() : null,
                deciding.getId(), form));
        if (cellProposal != null) {
            review.cellProposal(cellProposal[0], cellProposal[1]);
        }
        for (int i = 0; i < drafts.size(); i++) {
            ViolationDraft d = drafts.get(i);
            violations.save(new DisciplineViolation(review.getId(), i + 1, d.kind(), d.description(), d.startedOn(), d.endedOn(), d.ongoing()));
        }
        LimitationPeriods.Limitation limitation = limitation(subject.kind(), form, drafts);
        review.limitation(clip(limitation.vietnamese(), 500), limitation.expired());
        cases.recordStep(opened.getId(), by, DisciplineReviewProcess.START, "Mở hồ sơ xem xét kỷ luật",
                clip("Xem xét kỷ luật " + subject.name() + "; hình thức đề nghị: " + Vietnamese.text(form.labelKey()).toLowerCase()
                        + "; cấp quyết định: " + deciding.getName() + "; " + limitation.vietnamese(), 1000), null);
        processes.start(opened, committee.getCode(), subject.org().getCode(), Map.of(DisciplineReviewProcess.REVIEW_ID, review.getId(),
                DisciplineReviewProcess.LIMITATION_EXPIRED, limitation.expired(), DisciplineReviewProcess.DECIDING_ORG, deciding.getCode()));
        return opened;
    }

    /** The limitation of a form for these violations, with the years from the seeded rule table. */
    LimitationPeriods.Limitation limitation(DisciplineSubjectKind kind, DisciplineForm form, List<ViolationDraft> drafts) {
        List<LimitationPeriods.Violation> vs = drafts.stream()
                .map(ViolationDraft::forLimitation).toList();
        return LimitationPeriods.check(kind, form, vs, VietnamTime.localDate(clock.instant()), key ->
                deadlines.ruleFor(DisciplineReviewProcess.LIMITATION_RULE, key, null).filter(r -> r.getUnit() == TimeUnit.YEARS)
                        .map(r -> OptionalInt.of(r.getAmount())).orElse(OptionalInt.empty()));
    }

    private Subject subject(Map<String, Object> values) {
        return "MEMBER".equals(text(values, "subjectKind")) ? memberSubject(Long.parseLong(text(values, "subjectMember")))
                : orgSubject(organizations.byCode(text(values, "subjectOrg")));
    }

    Subject memberSubject(long memberId) {
        PartyMember m = organizations.memberById(memberId);
        return new Subject(DisciplineSubjectKind.of(m.getStatus()), m, m.getOrganization(),
                clip(m.getFullName() + " (" + m.getOrganization().getName() + ")", 255));
    }

    Subject orgSubject(Organization org) {
        return new Subject(DisciplineSubjectKind.ORGANIZATION, null, org, clip(org.getName(), 255));
    }

    @Transactional(readOnly = true)
    public Optional<DisciplineReview> ofCase(long caseId) {
        return reviews.findByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public List<DisciplineViolation> violationsOf(long reviewId) {
        return violations.findByReviewIdOrderBySeqAsc(reviewId);
    }

    /** The arithmetic of the ballot as entered, line by line (empty before the vote), for the page to translate. */
    @Transactional(readOnly = true)
    public List<SecretBallot.Line> ballotLines(DisciplineReview review) {
        Organization body = organizations.byId(review.getDecidingOrgId());
        boolean holdsPost = review.getMemberId() != null && memberSubject(review.getMemberId()).holdsPost();
        return review.count(holdsPost, body.getLevel() == OrgLevel.CELL).map(c -> SecretBallot.count(c).lines()).orElse(List.of());
    }

    /** The name of the body that votes and decides. */
    @Transactional(readOnly = true)
    public String decidingBodyName(DisciplineReview review) {
        return organizations.byId(review.getDecidingOrgId()).getName();
    }

    DisciplineReview get(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NoSuchElementException("review " + reviewId));
    }

    static String text(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString().trim();
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
