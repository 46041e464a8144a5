package vn.ktgs.supervision;

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
import vn.ktgs.casefile.*;
import vn.ktgs.casefile.CaseProcesses;
import vn.ktgs.inspection.InspectionService;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Organization;
import vn.ktgs.tasklist.form.*;

/**
 * Signs of violation: raised from an observation, recorded directly with their source, or found by a thematic
 * supervision; decided by the committee's standing members (turned into an inspection case, or dismissed).
 */
@Service
@Transactional
public class SignService {

    private final ViolationSignRepository signs;
    private final Subjects subjects;
    private final CaseService cases;
    private final CaseLinks links;
    private final InspectionService inspections;
    private final CaseProcesses processes;
    private final RepositoryService repository;
    private final FormService forms;
    private final Clock clock;

    SignService(ViolationSignRepository signs, Subjects subjects, CaseService cases, CaseLinks links,
                InspectionService inspections, CaseProcesses processes, RepositoryService repository, FormService forms, Clock clock) {
        this.clock = clock;
        this.signs = signs;
        this.subjects = subjects;
        this.cases = cases;
        this.links = links;
        this.inspections = inspections;
        this.processes = processes;
        this.repository = repository;
        this.forms = forms;
    }

    /** The start form of sign-review: source, subject, content. */
    @Transactional(readOnly = true)
    public FormDefinition signForm() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(SignReviewProcess.KEY)
                .latestVersion().singleResult().getId();
        try (InputStream in = forms.getDeployedStartForm(definitionId)) {
            return FormParser.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Records a sign directly with its source (any but THEMATIC_SUPERVISION, which only a supervision case's step
     * raises); bad input throws {@link FormValidationException} and saves nothing.
     */
    public ViolationSign record(KtgsUser user, Map<String, Object> values) {
        Grant committee = SupervisionScope.committee(user)
                .orElseThrow(() -> new AccessDeniedException("only committee members record signs of violation"));
        if (ViolationSource.THEMATIC_SUPERVISION.name().equals(Subjects.text(values, "source"))) {
            // only a supervision case's step raises these (raiseFromSupervision): a direct one would inflate the proactive share
            throw FormValidationException.of("source", "thematicSignFromCaseOnly");
        }
        List<FieldError> errors = FormValidator.validate(signForm(), values, VietnamTime.localDate(clock.instant()));
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        Subject subject = subjects.fromForm(values, committee.orgPath());
        return raise(committee.orgId(), committee.orgPath(), committee.orgCode(), ViolationSource.valueOf(Subjects.text(values, "source")),
                subject, Subjects.text(values, "content"), null, user.getUsername());
    }

    /** Saves the sign and opens its review: a small case whose only step waits in the standing members' inbox. */
    ViolationSign raise(long committeeOrgId, String committeeOrgPath, String committeeOrgCode, ViolationSource source,
                        Subject subject, String content, Long observationId, String by) {
        ViolationSign sign = signs.saveAndFlush(new ViolationSign(committeeOrgId, committeeOrgPath, source, subject, content,
                observationId, null, by, clock.instant(), VietnamTime.localDate(clock.instant())));
        CaseFile opened = cases.open(new CaseFile(SignReviewProcess.KEY,
                SupervisionScope.clip("Dấu hiệu vi phạm: " + subject.name(), 300), content, committeeOrgId, committeeOrgPath,
                subject.orgId(), subject.memberId(), subject.name(), subject.org().getPath(), source.name(), null, by,
                clock.instant()), SignReviewProcess.CASE_NUMBER_PREFIX);
        sign.reviewIn(opened.getId());
        cases.recordStep(opened.getId(), by, "StartEvent_SignRaised", "Ghi nhận dấu hiệu vi phạm",
                SupervisionScope.clip("Dấu hiệu vi phạm (" + sourceText(source) + "): " + content, 1000), null);
        processes.start(opened, committeeOrgCode, subject.org().getCode(), Map.of(SignReviewProcess.SIGN_ID, sign.getId()));
        return sign;
    }

    /** A sign found by a thematic supervision: decided in that supervision's own step, so no review case of its own. */
    ViolationSign raiseFromSupervision(long supervisionCaseId, String content, String by) {
        CaseFile supervision = cases.get(supervisionCaseId);
        ViolationSign sign = new ViolationSign(supervision.getOwnerOrgId(), supervision.getOwnerOrgPath(),
                ViolationSource.THEMATIC_SUPERVISION, subjects.ofCase(supervision), content, null, supervisionCaseId, by,
                clock.instant(), VietnamTime.localDate(clock.instant()));
        sign.reviewIn(supervisionCaseId);
        return signs.saveAndFlush(sign);
    }

    /**
     * Applies the standing members' decision (called by the step that completes the review task, whose form
     * already required a reason to dismiss). Inspect: one inspection case, linked both ways.
     */
    String decide(long signId, KtgsUser user, boolean inspect, String reason) {
        ViolationSign sign = get(signId);
        if (!SupervisionScope.isStanding(user, sign.getCommitteeOrgId())) {
            throw new AccessDeniedException("only the chair and deputy chairs decide signs of violation");
        }
        if (sign.getStatus() != SignStatus.AWAITING) {
            throw new IllegalStateException("sign " + signId + " is already " + sign.getStatus());
        }
        if (!inspect) {
            if (reason == null || reason.isBlank()) {
                throw FormValidationException.of("reason", "required");
            }
            sign.dismissed(reason.trim(), user.getUsername(), clock.instant());
            return "Không kiểm tra dấu hiệu vi phạm: " + SupervisionScope.clip(reason.trim(), 900);
        }
        Organization committee = subjects.committee(sign.getCommitteeOrgId());
        CaseFile inspection = inspections.openFromSign(new InspectionService.SignFacts(sign.getCommitteeOrgId(),
                sign.getCommitteeOrgPath(), committee.getCode(), sign.getSubjectOrgId(), sign.getSubjectMemberId(),
                sign.getSubjectName(), sign.getSubjectOrgPath(), sign.getSubjectOrgCode(), sign.getContent(), sign.getSource(),
                sign.getRaisedBy(), user.getUsername()));
        sign.inspected(inspection.getId(), user.getUsername(), clock.instant());
        links.link(sign.getReviewCaseId(), inspection.getId(), sign.getOriginCaseId() != null
                ? CaseLinkKind.SUPERVISION_TO_INSPECTION : CaseLinkKind.SIGN_TO_INSPECTION, user.getUsername());
        return "Chuyển thành cuộc kiểm tra " + inspection.getCaseNumber();
    }

    @Transactional(readOnly = true)
    public ViolationSign get(long signId) {
        return signs.findById(signId).orElseThrow(() -> new NoSuchElementException("sign " + signId));
    }

    /** The signs a committee raised in a year, newest first (the user's own committee). */
    @Transactional(readOnly = true)
    public List<ViolationSign> ofYear(KtgsUser user, int year) {
        return SupervisionScope.committee(user).map(c -> signs.findByCommitteeOrgIdAndRaisedOnBetweenOrderByRaisedAtDescIdDesc(
                c.orgId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).orElse(List.of());
    }

    /** Signs behind a case: decided in it, raised by it, or the origin of it. */
    @Transactional(readOnly = true)
    public List<ViolationSign> ofCase(long caseId) {
        return signs.findByReviewCaseIdOrInspectionCaseIdOrOriginCaseIdOrderByIdAsc(caseId, caseId, caseId);
    }

    static String sourceText(ViolationSource source) {
        return switch (source) {
            case REGULAR_SUPERVISION -> "giám sát thường xuyên";
            case THEMATIC_SUPERVISION -> "giám sát chuyên đề";
            case DENUNCIATION -> "đơn tố cáo";
            case ANONYMOUS_LETTER -> "đơn nặc danh";
            case PRESS -> "báo chí";
            case DATA_ANALYSIS -> "phân tích dữ liệu";
        };
    }
}
