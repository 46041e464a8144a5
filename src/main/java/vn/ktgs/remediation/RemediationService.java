package vn.ktgs.remediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.document.DocumentNumbers;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.OrganizationService;

/** Conclusion notices, their requirements, and the plans and reports against them. */
@Service("remediationService")
@Transactional
public class RemediationService {

    /**
     * One requirement as the notice states it. {@code owner} is the label shown everywhere; when the notice
     * picked the owner, {@code ownerOrgCode} or {@code ownerMemberId} names it (it must lie in the subject's subtree).
     */
    public record RequirementDraft(String content, String owner, LocalDate dueDate, String ownerOrgCode, Long ownerMemberId,
                                   boolean evidenceRequired) {

        /** A requirement whose owner is only a label (the contract of the first notice form). */
        public RequirementDraft(String content, String owner, LocalDate dueDate) {
            this(content, owner, dueDate, null, null, false);
        }
    }

    private final ConclusionNoticeRepository notices;
    private final DocumentNumbers numbers;
    private final RemediationRequirementRepository requirements;
    private final RemediationReportRepository reports;
    private final CaseService cases;
    private final OrganizationService organizations;
    private final DeadlineService deadlines;
    private final Clock clock;

    /** A notice whose number is left blank takes the next of the committee's "TB" register. */
    static final String NOTICE_SERIES = "TB";

    RemediationService(ConclusionNoticeRepository notices, RemediationRequirementRepository requirements,
                       RemediationReportRepository reports, CaseService cases, OrganizationService organizations,
                       DeadlineService deadlines, Clock clock, DocumentNumbers numbers) {
        this.numbers = numbers;
        this.clock = clock;
        this.notices = notices;
        this.requirements = requirements;
        this.reports = reports;
        this.cases = cases;
        this.organizations = organizations;
        this.deadlines = deadlines;
    }

    /**
     * The rows of the notice form's "requirements" list (keys content, owner, ownerOrg, ownerMember,
     * dueDate, evidenceRequired; ownerOrg wins over ownerMember, which {@link #check} refuses together) as drafts; a process that copies the inspection-notice form reads its rows here.
     */
    public static List<RequirementDraft> draftsOf(List<Map<String, Object>> rows) {
        List<RequirementDraft> drafts = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            String org = text(row.get("ownerOrg"));
            String member = text(row.get("ownerMember"));
            drafts.add(new RequirementDraft(text(row.get("content")), text(row.get("owner")), (LocalDate) row.get("dueDate"),
                    org, member == null ? null : Long.valueOf(member), Boolean.TRUE.equals(row.get("evidenceRequired"))));
        }
        return drafts;
    }

    /**
     * What the form cannot check: a due date (or the plan's) before the notice date, an owner outside the subject's
     * subtree, a requirement with no owner at all. Field names follow the notice form ({@code requirements[0].dueDate}).
     */
    @Transactional(readOnly = true)
    public List<FieldError> check(long caseId, List<RequirementDraft> drafts, LocalDate planDueDate) {
        LocalDate noticeDate = VietnamTime.localDate(clock.instant());
        String subjectPath = cases.get(caseId).getSubjectOrgPath();
        List<FieldError> errors = new ArrayList<>();
        if (planDueDate != null && planDueDate.isBefore(noticeDate)) {
            errors.add(FieldError.of("planDueDate", "dueBeforeNotice", Formats.date(noticeDate)));
        }
        Optional<LocalDate> earliest = drafts.stream().map(RequirementDraft::dueDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        if (planDueDate != null && earliest.isPresent() && planDueDate.isAfter(earliest.get())) {
            errors.add(FieldError.of("planDueDate", "planAfterRequirement", Formats.date(earliest.get())));
        }
        for (int i = 0; i < drafts.size(); i++) {
            RequirementDraft d = drafts.get(i);
            String row = "requirements[" + i + "].";
            if (d.dueDate() != null && d.dueDate().isBefore(noticeDate)) {
                errors.add(FieldError.of(row + "dueDate", "dueBeforeNotice", Formats.date(noticeDate)));
            }
            if (d.ownerOrgCode() != null && d.ownerMemberId() != null) {
                errors.add(FieldError.of(row + "ownerMember", "ownerEitherOr"));
            } else if (d.ownerOrgCode() != null && !organizations.byCode(d.ownerOrgCode()).isWithin(subjectPath)) {
                errors.add(FieldError.of(row + "ownerOrg", "ownerOutsideSubject"));
            } else if (d.ownerMemberId() != null
                    && !organizations.memberById(d.ownerMemberId()).getOrganization().isWithin(subjectPath)) {
                errors.add(FieldError.of(row + "ownerMember", "ownerOutsideSubject"));
            } else if (d.ownerOrgCode() == null && d.ownerMemberId() == null && (d.owner() == null || d.owner().isBlank())) {
                errors.add(FieldError.of(row + "owner", "required"));
            }
        }
        return errors;
    }

    public ConclusionNotice issue(long caseId, String number, ConclusionOutcome outcome, String findings,
                                  int votesFor, int votesAgainst, int votesAbstain, List<RequirementDraft> drafts) {
        return issue(caseId, number, outcome, findings, votesFor, votesAgainst, votesAbstain, drafts, null);
    }

    /** Issues the notice, numbered as typed or from the register; bad input (see {@link #check}) throws {@link FormValidationException} and saves nothing. */
    public ConclusionNotice issue(long caseId, String number, ConclusionOutcome outcome, String findings,
                                  int votesFor, int votesAgainst, int votesAbstain, List<RequirementDraft> drafts,
                                  LocalDate planDueDate) {
        List<FieldError> errors = check(caseId, drafts, planDueDate);
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        String assigned = number != null && !number.isBlank() ? number.trim()
                : numbers.nextOf(cases.get(caseId).getOwnerOrgId(), VietnamTime.localDate(clock.instant()), NOTICE_SERIES);
        ConclusionNotice notice = new ConclusionNotice(caseId, assigned, outcome, findings, votesFor, votesAgainst,
                votesAbstain, clock.instant());
        notice.planDueOn(planDueDate);
        for (RequirementDraft d : drafts) {
            notice.addRequirement(d.content(), ownerLabel(d), d.dueDate())
                    .ownedBy(d.ownerOrgCode(), d.ownerMemberId(), d.evidenceRequired());
        }
        return notices.saveAndFlush(notice);
    }

    private String ownerLabel(RequirementDraft d) {
        if (d.owner() != null && !d.owner().isBlank()) {
            return d.owner().trim();
        }
        if (d.ownerOrgCode() != null) {
            return organizations.byCode(d.ownerOrgCode()).getName();
        }
        return organizations.memberById(d.ownerMemberId()).getFullName();
    }

    /** Due date of a requirement as the engine wants it (used by the BPMN's dueDate expression). */
    @Transactional(readOnly = true)
    public Date dueDateOf(Object requirementId) {
        return Date.from(VietnamTime.endOfDay(requirement(requirementId).getDueDate()));
    }

    /**
     * The plan's due date if the notice set one; otherwise null lets the deadline rule table decide
     * (Task_SubmitPlan) — unless a requirement falls due before the rule's date: a plan due after the work it
     * plans would be pointless, so the earliest requirement's date is the plan's.
     */
    @Transactional(readOnly = true)
    public Date planDueDateOf(Object noticeId) {
        ConclusionNotice notice = notice(((Number) noticeId).longValue());
        if (notice.getPlanDueDate() != null) {
            return Date.from(VietnamTime.endOfDay(notice.getPlanDueDate()));
        }
        Optional<Instant> earliest = notice.getRequirements().stream().map(RemediationRequirement::getDueDate)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).map(VietnamTime::endOfDay);
        OrgLevel level = organizations.byId(cases.get(notice.getCaseId()).getOwnerOrgId()).getLevel();
        Optional<Instant> byRule = deadlines.dueDate(RemediationProcess.KEY, RemediationProcess.TASK_SUBMIT_PLAN, level,
                clock.instant());
        return earliest.isPresent() && byRule.isPresent() && earliest.get().isBefore(byRule.get())
                ? Date.from(earliest.get()) : null;
    }

    @Transactional(readOnly = true)
    public RemediationRequirement requirement(Object requirementId) {
        return requirements.findById(((Number) requirementId).longValue()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ConclusionNotice notice(long noticeId) {
        ConclusionNotice notice = notices.findById(noticeId).orElseThrow();
        notice.getRequirements().size();
        return notice;
    }

    public void submitPlan(long noticeId, String text, String evidenceName, String by, boolean onBehalf) {
        reports.save(new RemediationReport(noticeId, null, ReportKind.PLAN, text, evidenceName, by, onBehalf, clock.instant()));
        notice(noticeId).plan(PlanStatus.SUBMITTED);
    }

    public void reviewPlan(long noticeId, boolean accepted, String by, String comment) {
        reports.findFirstByNoticeIdAndRequirementIdIsNullAndDecisionIsNullOrderByIdDesc(noticeId)
                .ifPresent(r -> r.decide(accepted ? RemediationReport.Decision.ACCEPTED : RemediationReport.Decision.RETURNED,
                        by, comment, clock.instant()));
        notice(noticeId).plan(accepted ? PlanStatus.ACCEPTED : PlanStatus.RETURNED);
    }

    /** A completion report with no evidence and no author (kept for callers of the first version). */
    public void report(long requirementId, String text) {
        report(requirementId, ReportKind.COMPLETION, text, null, "system", false);
    }

    public void report(long requirementId, ReportKind kind, String text, String evidenceName, String by, boolean onBehalf) {
        RemediationRequirement r = requirement(requirementId);
        Instant now = clock.instant();
        reports.save(new RemediationReport(r.getNotice().getId(), r.getId(), kind, text, evidenceName, by, onBehalf, now));
        r.report(text, now);
    }

    /** Accepts the last report (kept for callers of the first version). */
    public void confirm(long requirementId, boolean done) {
        confirm(requirementId, done, "system", null);
    }

    /**
     * The inspector's decision on the requirement's last report; true when the requirement is now done
     * (an accepted completion report). An accepted progress report keeps the requirement open.
     */
    public boolean confirm(long requirementId, boolean accepted, String by, String comment) {
        RemediationRequirement r = requirement(requirementId);
        var last = reports.findFirstByNoticeIdAndRequirementIdAndDecisionIsNullOrderByIdDesc(r.getNotice().getId(), r.getId());
        boolean completion = last.map(x -> x.getKind() == ReportKind.COMPLETION).orElse(true);
        last.ifPresent(x -> x.decide(accepted ? RemediationReport.Decision.ACCEPTED : RemediationReport.Decision.RETURNED,
                by, comment, clock.instant()));
        r.confirm(accepted, completion, clock.instant());
        return accepted && completion;
    }

    /** The kind of the requirement's report awaiting a decision (COMPLETION when none is recorded). */
    @Transactional(readOnly = true)
    public ReportKind pendingKind(long requirementId) {
        RemediationRequirement r = requirement(requirementId);
        return reports.findFirstByNoticeIdAndRequirementIdAndDecisionIsNullOrderByIdDesc(r.getNotice().getId(), r.getId())
                .map(RemediationReport::getKind).orElse(ReportKind.COMPLETION);
    }

    /** Closes the notice: on time when every requirement was done by its own due date, late otherwise. */
    public NoticeStatus close(long noticeId) {
        ConclusionNotice notice = notices.findById(noticeId).orElseThrow();
        NoticeStatus status = outcome(notice);
        if (status != NoticeStatus.OPEN) {
            notice.close(status, clock.instant());
        }
        return status;
    }

    /**
     * The notice's state from its requirements' completion dates and due dates: open while any requirement is
     * not done; remediated on time when each completion report came in by its own due date; late otherwise.
     */
    static NoticeStatus outcome(ConclusionNotice notice) {
        if (notice.getRequirements().stream().anyMatch(r -> r.getStatus() != RequirementStatus.DONE)) {
            return NoticeStatus.OPEN;
        }
        return notice.getRequirements().stream().allMatch(RemediationRequirement::doneOnTime)
                ? NoticeStatus.REMEDIATED_ON_TIME : NoticeStatus.REMEDIATED_LATE;
    }

    @Transactional(readOnly = true)
    public List<ConclusionNotice> noticesOf(long caseId) {
        List<ConclusionNotice> found = notices.findByCaseIdOrderByIssuedAtAsc(caseId);
        found.forEach(n -> n.getRequirements().size());
        return found;
    }

    /** The last plan (requirement null) or report of a requirement, when the committee returned it; empty otherwise. */
    public Optional<RemediationReport> lastReturned(long noticeId, Long requirementId) {
        List<RemediationReport> reports = history(noticeId).stream().filter(h -> Objects.equals(h.getRequirementId(), requirementId)).toList();
        return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1))
                .filter(r -> r.getDecision() == RemediationReport.Decision.RETURNED);
    }

    /** Plans and reports of a notice with the decisions on them, oldest first. */
    @Transactional(readOnly = true)
    public List<RemediationReport> history(long noticeId) {
        return reports.findByNoticeIdOrderBySubmittedAtAscIdAsc(noticeId);
    }

    /** Notices whose follow-up inspection is this case. */
    @Transactional(readOnly = true)
    public List<ConclusionNotice> noticesFollowedUpBy(long caseId) {
        return notices.findByFollowupCaseId(caseId);
    }

    /** Records the follow-up inspection opened from the notice (see inspection's FollowupInspections). */
    public void linkFollowup(long noticeId, long followupCaseId) {
        if (notices.claimFollowup(noticeId, followupCaseId) == 0) {
            throw new IllegalStateException("notice " + noticeId + " already has a follow-up inspection");
        }
        notice(noticeId).followedUpBy(followupCaseId); // keep the loaded entity in step with the row
    }

    private static String text(Object v) {
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
