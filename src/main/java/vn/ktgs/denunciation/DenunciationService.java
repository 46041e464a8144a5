package vn.ktgs.denunciation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.casefile.*;
import vn.ktgs.casefile.CaseProcesses;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.*;
import vn.ktgs.supervision.SignService;
import vn.ktgs.supervision.ViolationSign;
import vn.ktgs.tasklist.form.*;

/**
 * Registration of denunciation letters (the clerk's screen): checks, classification (§4), repeat detection,
 * jurisdiction, then one of: the process here, a transfer to the competent committee, a referral, a closed case
 * with the reasons it is not resolved, or an anonymous letter kept as information.
 */
@Service
@Transactional
public class DenunciationService {

    /** One registered letter and what became of it (the transferred copy's case when it went elsewhere). */
    public record Registered(Denunciation letter, CaseFile caseFile, CaseFile transferredCase) {
    }

    private final DenunciationRepository denunciations;
    private final IdentityVault vault;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organizations;
    private final CaseService cases;
    private final CaseLinks links;
    private final DeadlineService deadlines;
    private final CongressLists congress;
    private final Letters letters;
    private final SignService signs;
    private final CaseProcesses processes;
    private final RepositoryService repository;
    private final FormService forms;
    private final Clock clock;
    private final AuditTrail audit;

    DenunciationService(DenunciationRepository denunciations, IdentityVault vault, Jurisdiction jurisdiction, OrganizationService organizations,
                        CaseService cases, CaseLinks links, DeadlineService deadlines, CongressLists congress, Letters letters,
                        SignService signs, CaseProcesses processes, RepositoryService repository, FormService forms, Clock clock,
                        AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.signs = signs;
        this.denunciations = denunciations;
        this.vault = vault;
        this.jurisdiction = jurisdiction;
        this.organizations = organizations;
        this.cases = cases;
        this.links = links;
        this.deadlines = deadlines;
        this.congress = congress;
        this.letters = letters;
        this.processes = processes;
        this.repository = repository;
        this.forms = forms;
    }

    /** The registration form (the process's start form). */
    @Transactional(readOnly = true)
    public FormDefinition registerForm() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(DenunciationProcess.KEY)
                .latestVersion().singleResult().getId();
        try (InputStream in = forms.getDeployedStartForm(definitionId)) {
            return FormParser.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committee in which this user registers letters: their clerk grant. */
    public static Optional<Grant> clerkCommittee(KtgsUser user) {
        return user.getGrants().stream().filter(g -> g.role() == Role.CLERK).findFirst();
    }

    /**
     * What registering these values would do, saving nothing: the outcome, its reasons, a repeat, where the letter
     * would go. The clerk confirms it before {@link #register}; bad input throws as there.
     */
    @Transactional(readOnly = true)
    public Assessment preview(KtgsUser user, Map<String, Object> values) {
        Organization committee = organizations.byId(clerkOf(user).orgId());
        checked(values);
        Letter letter = RegistrationRules.letter(values, organizations);
        DenouncerIdentity identity = RegistrationRules.identity(values);
        Denunciation d = new Denunciation(committee.getId(), committee.getPath(), letter, null, identity.isAnonymous(),
                user.getUsername(), clock.instant());
        List<Denunciation> earlier = earlierAbout(d);
        Classification classification = classify(d, identity, letter, earlier);
        return assessment(classification, !earlier.isEmpty(), letter, committee);
    }

    /** What a registration leads to, in words the confirmation shows. */
    public record Assessment(Outcome outcome, String reasonText, boolean repeat, String outsideBody, String competentCommittee) {
    }

    private Assessment assessment(Classification classification, boolean repeat, Letter letter, Organization committee) {
        if (classification.outcome() != Outcome.RESOLVE) {
            return new Assessment(classification.outcome(), classification.reasonText(), repeat, null, null);
        }
        if (letter.outsideBody() != null) {
            return new Assessment(Outcome.REFERRED, classification.reasonText(), repeat, letter.outsideBody(), null);
        }
        Organization competent = jurisdiction.competentCommittee(letter, committee);
        return new Assessment(competent.getId().equals(committee.getId()) ? Outcome.RESOLVE : Outcome.TRANSFERRED,
                classification.reasonText(), repeat, null, competent.getCommitteeName());
    }

    /** Registers a letter; bad input throws {@link FormValidationException} and saves nothing. */
    public Registered register(KtgsUser user, Map<String, Object> values) {
        Grant clerk = clerkOf(user);
        LocalDate today = checked(values);
        Letter letter = RegistrationRules.letter(values, organizations);
        DenouncerIdentity identity = RegistrationRules.identity(values);
        Organization committee = organizations.byId(clerk.orgId());

        Denunciation d = denunciations.saveAndFlush(new Denunciation(committee.getId(), committee.getPath(), letter,
                identity.isAnonymous() && identity.address() == null && identity.email() == null && identity.phone() == null ? null : vault.seal(identity),
                identity.isAnonymous(), user.getUsername(), clock.instant()));
        List<Denunciation> earlier = earlierAbout(d);
        Classification classification = classify(d, identity, letter, earlier);
        d.classified(classification, earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).getId());
        storeFiles(d, values, user.getUsername());
        congress.flag(d, today);

        CaseFile opened = openCase(d, committee, user.getUsername());
        cases.recordStep(opened.getId(), user.getUsername(), "StartEvent_Registered", "Tiếp nhận, phân loại đơn", registrationSummary(d), null);
        for (Denunciation e : earlier) {
            if (e.getCaseId() != null) {
                links.link(e.getCaseId(), opened.getId(), CaseLinkKind.DENUNCIATION_REPEAT, user.getUsername());
            }
        }
        if (classification.outcome() != Outcome.RESOLVE) {
            cases.close(opened.getId(), classification.outcome() == Outcome.NOT_RESOLVED ? CaseStatus.REJECTED : CaseStatus.CLOSED);
            return new Registered(d, cases.get(opened.getId()), null);
        }
        return proceed(d, opened, committee, user.getUsername());
    }

    /** A letter to be resolved goes where it belongs: a referral out of KTGS, a transfer, or the process here. */
    private Registered proceed(Denunciation d, CaseFile opened, Organization committee, String by) {
        Letter letter = d.letter();
        if (letter.outsideBody() != null) {
            d.referred();
            letters.referral(opened, by);
            cases.recordStep(opened.getId(), by, "Referral", "Hướng dẫn, chuyển đơn",
                    "Thẩm quyền giải quyết thuộc " + letter.outsideBody() + ": đã lập văn bản hướng dẫn người tố cáo", null);
            cases.close(opened.getId(), CaseStatus.CLOSED);
            return new Registered(d, cases.get(opened.getId()), null);
        }
        Organization competent = jurisdiction.competentCommittee(letter, committee);
        if (!competent.getId().equals(committee.getId())) {
            CaseFile transferred = transfer(d, opened, competent, by);
            return new Registered(d, cases.get(opened.getId()), transferred);
        }
        start(d, opened, committee);
        return new Registered(d, cases.get(opened.getId()), null);
    }

    /**
     * The chair (or a deputy) takes up a signed letter the clerk's registration did not resolve: the classification is
     * corrected with a reason, the case reopens and goes where a resolvable letter goes. Recorded on the timeline and
     * in the audit trail. A letter that already became a sign of violation stays as it is.
     */
    public Registered correctClassification(KtgsUser user, long denunciationId, String reason) {
        Denunciation d = get(denunciationId);
        if (!mayCorrect(user, d)) {
            throw new AccessDeniedException("only the committee's standing members correct a letter's classification");
        }
        if (reason == null || reason.isBlank()) {
            throw FormValidationException.of("reason", "required");
        }
        if (signRaised(d)) {
            throw FormValidationException.of("reason", "denunciation.signAlreadyRaised");
        }
        String was = d.getReasonText();
        d.classified(new Classification(Outcome.RESOLVE, List.of()), d.getRepeatOfId());
        CaseFile c = cases.get(d.getCaseId());
        cases.reopen(c.getId());
        cases.recordStep(c.getId(), user.getUsername(), "ClassificationCorrected", "Sửa phân loại đơn",
                clip("Thụ lý giải quyết thay cho phân loại khi tiếp nhận (" + was + "). Lý do: " + reason.trim(), 1900), null);
        audit.record(user.getUsername(), "case:" + c.getId(), "denunciation-reclassified", clip("was: " + was + "; reason: " + reason.trim(), 1900));
        return proceed(d, c, organizations.byId(d.getCommitteeOrgId()), user.getUsername());
    }

    /**
     * A standing member of the letter's committee, while a signed letter is closed as not resolved. A nameless letter
     * is never resolved as a denunciation (§4): its way on is a sign of violation, not a correction.
     */
    public boolean mayCorrect(KtgsUser user, Denunciation d) {
        return d.getOutcome() == Outcome.NOT_RESOLVED && !d.isAnonymous() && !d.getReasons().contains(NotResolvedReason.FAKE_NAME)
                && user.getGrants().stream().anyMatch(g -> g.role().isStanding() && g.orgId() == d.getCommitteeOrgId());
    }

    private Grant clerkOf(KtgsUser user) {
        return clerkCommittee(user).orElseThrow(() -> new AccessDeniedException("only a committee's clerk registers letters"));
    }

    /** The form's checks and the rules beyond it, every problem at once (one message per field); today's date. */
    private LocalDate checked(Map<String, Object> values) {
        LocalDate today = VietnamTime.localDate(clock.instant());
        List<FieldError> errors = new ArrayList<>(FormValidator.validate(registerForm(), values, today));
        for (FieldError extra : RegistrationRules.check(values, today, organizations)) {
            if (errors.stream().noneMatch(e -> e.field().equals(extra.field()))) {
                errors.add(extra);
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        return today;
    }

    private Classification classify(Denunciation d, DenouncerIdentity identity, Letter letter, List<Denunciation> earlier) {
        return Classification.of(new Classification.LetterFacts(identity.isAnonymous(), letter.fakeName(),
                identity.hasAddress(), letter.signatories(), letter.signedPersonally(), repeatsAResolvedLetter(d, earlier), letter.newEvidence(),
                letter.vague(), letter.accusedKind(), letter.lacksCivilCapacity()));
    }

    /** The competent committee gets its own copy (identity still sealed) and its own case, started at its chair's inbox. */
    private CaseFile transfer(Denunciation d, CaseFile from, Organization competent, String by) {
        d.transferredTo(competent.getId());
        Denunciation copy = denunciations.saveAndFlush(new Denunciation(competent.getId(), competent.getPath(), d.letter(),
                d.getIdentitySealed(), d.isAnonymous(), by, clock.instant()));
        copy.cameFrom(d.getId());
        copy.classified(new Classification(Outcome.RESOLVE, List.of()), d.getRepeatOfId());
        vault.copyFiles(d.getId(), copy.getId());
        congress.flag(copy, VietnamTime.localDate(clock.instant()));
        CaseFile opened = openCase(copy, competent, by);
        cases.recordStep(opened.getId(), by, "StartEvent_Transferred", "Nhận đơn chuyển đến",
                "Đơn do " + organizations.byId(d.getCommitteeOrgId()).getCommitteeName() + " chuyển đến (hồ sơ " + from.getCaseNumber() + ")", null);
        cases.recordStep(from.getId(), by, "Transfer", "Chuyển đơn", "Không thuộc thẩm quyền: chuyển đơn đến "
                + competent.getCommitteeName() + " (hồ sơ " + opened.getCaseNumber() + ")", null);
        links.link(from.getId(), opened.getId(), CaseLinkKind.DENUNCIATION_TRANSFER, by);
        cases.close(from.getId(), CaseStatus.CLOSED);
        start(copy, opened, competent);
        return cases.get(opened.getId());
    }

    private CaseFile openCase(Denunciation d, Organization committee, String by) {
        Long subjectOrgId = null;
        String subjectOrgPath = committee.getPath();
        if (d.getAccusedMemberId() != null) {
            Organization org = organizations.memberById(d.getAccusedMemberId()).getOrganization();
            subjectOrgId = org.getId();
            subjectOrgPath = org.getPath();
        } else if (d.getAccusedOrgId() != null) {
            Organization org = organizations.byId(d.getAccusedOrgId());
            subjectOrgId = org.getId();
            subjectOrgPath = org.getPath();
        }
        CaseFile opened = cases.open(new CaseFile(DenunciationProcess.KEY, clip("Đơn tố cáo: " + d.getAccusedName(), 300), d.getContent(),
                committee.getId(), committee.getPath(), subjectOrgId, d.getAccusedMemberId(), clip(d.getAccusedName(), 255), subjectOrgPath,
                "DENUNCIATION", null, by, clock.instant()), DenunciationProcess.CASE_NUMBER_PREFIX);
        d.openedIn(opened.getId());
        return opened;
    }

    private void start(Denunciation d, CaseFile opened, Organization committee) {
        Instant start = d.deadlineStart().atStartOfDay(VietnamTime.ZONE).toInstant();
        deadlines.dueDate(DenunciationProcess.KEY, null, committee.getLevel(), start).ifPresent(d::dueAt);
        cases.moveTo(opened.getId(), CaseStatus.IN_PROGRESS);
        processes.start(opened, committee.getCode(), subjectOrgCode(d, committee), Map.of(DenunciationProcess.DENUNCIATION_ID, d.getId()));
    }

    private String subjectOrgCode(Denunciation d, Organization committee) {
        if (d.getAccusedMemberId() != null) return organizations.memberById(d.getAccusedMemberId()).getOrganization().getCode();
        if (d.getAccusedOrgId() != null) return organizations.byId(d.getAccusedOrgId()).getCode();
        return committee.getCode();
    }

    /** Earlier letters about the same accused: same member, same organisation, or the same free-text name. */
    private List<Denunciation> earlierAbout(Denunciation d) {
        long self = d.getId() == null ? -1 : d.getId(); // a letter previewed, not saved yet
        List<Denunciation> found = switch (d.getAccusedKind()) {
            case MEMBER -> denunciations.findByAccusedMemberIdAndIdNotOrderByIdAsc(d.getAccusedMemberId(), self);
            case ORGANIZATION -> denunciations.findByAccusedOrgIdAndIdNotOrderByIdAsc(d.getAccusedOrgId(), self);
            case UNKNOWN -> denunciations.sameNamedAccused(d.getAccusedName().trim(), self);
            case NOT_PARTY -> List.of();
        };
        // a transferred copy is the same letter, not a repeat of it
        return found.stream().filter(e -> e.getOutcome() != Outcome.TRANSFERRED || !Objects.equals(e.getId(), d.getTransferredFromId())).toList();
    }

    /**
     * §4's "repeat without new evidence" is a letter that denounces again what was already resolved: an earlier letter
     * about the same member or organisation that reached a conclusion. Letters still in progress, kept as information
     * or refused are linked and shown, but do not make this one unresolvable; nor does a free-text name (names repeat).
     */
    private static boolean repeatsAResolvedLetter(Denunciation d, List<Denunciation> earlier) {
        return d.getAccusedKind() != AccusedKind.UNKNOWN && earlier.stream().anyMatch(e -> e.getConclusion() != null);
    }

    private void storeFiles(Denunciation d, Map<String, Object> values, String by) {
        if (values.get("signatureScan") instanceof UploadedFile scan) {
            vault.store(d.getId(), DenunciationFile.Kind.SIGNATURE, scan, by);
        }
        if (values.get("attachment") instanceof UploadedFile attachment) {
            vault.store(d.getId(), DenunciationFile.Kind.ATTACHMENT, attachment, by);
        }
    }

    /** The timeline's line: how the letter came and how it was classified, never who wrote it. */
    private static String registrationSummary(Denunciation d) {
        StringBuilder s = new StringBuilder("Đơn nhận ngày ").append(Formats.date(d.getReceivedOn()));
        if (d.getPostmarkedOn() != null) s.append(", dấu bưu điện ngày ").append(Formats.date(d.getPostmarkedOn()));
        s.append(", ").append(d.getSignatories()).append(" người ký, ").append(d.isSignedPersonally() ? "ký trực tiếp" : "bản sao")
                .append(". Phân loại: ").append(d.getReasonText());
        if (d.getRepeatOfId() != null) s.append(". Đơn tố cáo lại về cùng người bị tố cáo");
        return clip(s.toString(), 1900);
    }

    /**
     * An anonymous letter with specific content, kept as information, becomes a sign of violation (source: anonymous
     * letter) for the standing members to review; the sign's review case is linked to the letter's case.
     */
    public ViolationSign raiseSign(KtgsUser user, long denunciationId) {
        Denunciation d = get(denunciationId);
        if (user.getGrants().stream().noneMatch(g -> g.role().isStanding() && g.orgId() == d.getCommitteeOrgId())) {
            throw new AccessDeniedException("only the committee's standing members raise a sign from a letter");
        }
        if (d.getOutcome() != Outcome.KEEP_AS_INFORMATION) {
            throw FormValidationException.of("outcome", "denunciation.notInformation");
        }
        if (d.getAccusedMemberId() == null && d.getAccusedOrgId() == null) {
            throw FormValidationException.of("outcome", "denunciation.disciplineNeedsAccused");
        }
        if (signRaised(d)) {
            // a second sign from the same letter would count it twice in the shares of signs by source
            throw FormValidationException.of("outcome", "denunciation.signAlreadyRaised");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("source", ViolationSource.ANONYMOUS_LETTER.name());
        if (d.getAccusedMemberId() != null) {
            values.put("subjectKind", "MEMBER");
            values.put("subjectMember", String.valueOf(d.getAccusedMemberId()));
        } else {
            values.put("subjectKind", "ORGANIZATION");
            values.put("subjectOrg", organizations.byId(d.getAccusedOrgId()).getCode());
        }
        values.put("content", clip(d.getContent(), 4000));
        ViolationSign sign = signs.record(user, values);
        links.link(d.getCaseId(), sign.getReviewCaseId(), CaseLinkKind.DENUNCIATION_TO_INSPECTION, user.getUsername());
        cases.recordStep(d.getCaseId(), user.getUsername(), "RaiseSign", "Chuyển thành dấu hiệu vi phạm",
                "Đơn nặc danh có nội dung cụ thể: ghi nhận dấu hiệu vi phạm (hồ sơ " + cases.get(sign.getReviewCaseId()).getCaseNumber() + ")", null);
        return sign;
    }

    /** The letter already became a sign of violation (its case links to the sign's review). */
    @Transactional(readOnly = true)
    public boolean signRaised(Denunciation d) {
        return links.of(d.getCaseId()).stream().anyMatch(l -> l.outgoing() && l.kind() == CaseLinkKind.DENUNCIATION_TO_INSPECTION);
    }

    @Transactional(readOnly = true)
    public Optional<Denunciation> ofCase(long caseId) {
        return denunciations.findByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public Denunciation get(long id) {
        return denunciations.findById(id).orElseThrow(() -> new NoSuchElementException("denunciation " + id));
    }

    /** The letters of the committees the user works in, those about congress personnel first, then newest first. */
    @Transactional(readOnly = true)
    public List<Denunciation> visibleTo(KtgsUser user) {
        return user.getGrants().stream().filter(g -> g.role().isCommitteeRole()).map(Grant::orgId).distinct()
                .flatMap(org -> denunciations.findByCommitteeOrgIdOrderByRegisteredAtDescIdDesc(org).stream())
                .sorted(Comparator.comparing((Denunciation x) -> x.getCongressListId() == null)
                        .thenComparing(Denunciation::getRegisteredAt, Comparator.reverseOrder()))
                .toList();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
