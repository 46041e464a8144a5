package vn.ktgs.discipline;

import static vn.ktgs.discipline.DisciplineReviewProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.form.FieldError;

/** What each step of discipline-review writes, and the decisions it hands the engine. */
@Component
class DisciplineReviewSteps {

    static final Map<DisciplineForm, String> VOTE_FIELDS = new EnumMap<>(Map.of(
            DisciplineForm.REPRIMAND, "votesReprimand", DisciplineForm.WARNING, "votesWarning",
            DisciplineForm.REMOVAL_FROM_POST, "votesRemoval", DisciplineForm.EXPULSION, "votesExpulsion",
            DisciplineForm.DISSOLUTION, "votesDissolution"));

    private final DisciplineReviews reviews;
    private final DisciplineAuthority authority;
    private final DisciplineRecords records;
    private final OrganizationService organizations;
    private final DeadlineService deadlines;
    private final CaseService cases;
    private final AuditTrail audit;

    DisciplineReviewSteps(DisciplineReviews reviews, DisciplineAuthority authority, DisciplineRecords records,
                          OrganizationService organizations, DeadlineService deadlines, CaseService cases, AuditTrail audit) {
        this.reviews = reviews;
        this.authority = authority;
        this.records = records;
        this.organizations = organizations;
        this.deadlines = deadlines;
        this.cases = cases;
        this.audit = audit;
    }

    /** The chair reviews a time-barred form anyway (reason audited) or drops it. */
    StepResult override(StepContext step) {
        DisciplineReview review = review(step);
        boolean override = "OVERRIDE".equals(step.text("decision"));
        if (override) {
            review.overridden(step.text("reason"), step.user().getUsername());
            audit.record(step.user().getUsername(), "case:" + step.caseId(), "discipline-limitation-override", step.text("reason"));
            return StepResult.of("Chủ nhiệm quyết định vẫn xem xét dù đã hết thời hiệu; lý do: " + step.text("reason"),
                    Map.of(OVERRIDE_DECISION, "OVERRIDE"));
        }
        return StepResult.of("Không xem xét kỷ luật do hết thời hiệu: " + step.text("reason"), Map.of(OVERRIDE_DECISION, "DROP"));
    }

    List<FieldError> checkDeferral(StepContext step) {
        if (!"NONE".equals(step.text("deferral")) && step.date("reviewDate") == null) {
            return List.of(FieldError.of("reviewDate", "required"));
        }
        return List.of();
    }

    /** Pregnancy, nursing a child under 12 months, serious illness: the case waits until the review date (a timer). */
    StepResult deferral(StepContext step) {
        String reason = step.text("deferral");
        if ("NONE".equals(reason)) {
            return StepResult.of("Không thuộc trường hợp chưa xem xét kỷ luật", Map.of(DEFERRED, false));
        }
        LocalDate until = step.date("reviewDate");
        review(step).deferred(reason, until);
        Date reviewAt = Date.from(until.atTime(LocalTime.of(7, 0)).atZone(BusinessCalendar.ZONE).toInstant());
        return StepResult.of("Chưa xem xét kỷ luật (" + Vietnamese.text("discipline.deferral." + reason).toLowerCase()
                + "); xem xét lại ngày " + Vietnamese.date(until), Map.of(DEFERRED, true, DEFERRAL_REVIEW_AT, reviewAt));
    }

    List<FieldError> checkHearing(StepContext step) {
        return notAfterToday(step, "hearingDate");
    }

    StepResult hearing(StepContext step) {
        String attendance = step.text("attendance");
        String summary = switch (attendance) {
            case "ATTENDED" -> "Đã gặp, nghe trình bày; bản tự kiểm điểm: " + step.text("selfCriticism");
            case "ABSENT_WITH_REASON" -> "Vắng có lý do, hẹn gặp lại: " + step.text("notes");
            default -> "Nhiều lần vắng mặt không có lý do (đã lập biên bản), tiếp tục xem xét: " + step.text("notes");
        };
        return StepResult.of(DisciplineReviews.clip("Ngày " + Vietnamese.date(step.date("hearingDate")) + ": " + summary, 1000),
                Map.of(ATTENDANCE, attendance));
    }

    List<FieldError> checkVote(StepContext step) {
        List<FieldError> errors = new ArrayList<>(notAfterToday(step, "meetingDate"));
        DisciplineReview review = review(step);
        errors.addAll(SecretBallot.check(count(step, review), VOTE_FIELDS));
        return errors;
    }

    /**
     * Counts the ballot. A form whose limitation expired (and was not overridden) cannot be imposed. The deciding body
     * decides what lies within its authority; otherwise the review goes to the competent committee as a proposal.
     */
    StepResult vote(StepContext step) {
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

    List<FieldError> checkAnnouncement(StepContext step) {
        List<FieldError> errors = new ArrayList<>(notAfterToday(step, "decisionDate"));
        errors.addAll(notAfterToday(step, "announcedOn"));
        if (errors.isEmpty() && step.date("announcedOn").isBefore(step.date("decisionDate"))) {
            errors.add(FieldError.of("announcedOn", "discipline.announcedBeforeDecision"));
        }
        return errors;
    }

    /**
     * The decision is signed and announced: the discipline goes on the record (a cell's takes effect on the
     * announcement, a committee's on the decision's date; a refusal to receive it changes nothing) and the appeal
     * window opens on the business calendar.
     */
    StepResult announce(StepContext step) {
        DisciplineReview review = review(step);
        Organization body = organizations.byId(review.getDecidingOrgId());
        LocalDate decided = step.date("decisionDate");
        LocalDate announced = step.date("announcedOn");
        LocalDate effective = body.getLevel() == OrgLevel.CELL ? announced : decided;
        String number = step.text("decisionNumber");
        String by = step.user().getUsername();
        DisciplineRecord record = review.getMemberId() != null
                ? records.imposeOnMember(review.getMemberId(), review.getOutcomeForm(), number, body.getId(), decided, effective, step.caseId(), by)
                : records.imposeOnOrganization(review.getOrgId(), review.getOutcomeForm(), number, body.getId(), decided, effective, step.caseId(), by);
        Instant start = announced.atStartOfDay(BusinessCalendar.ZONE).toInstant();
        Instant appealEnds = deadlines.dueDate(APPEAL_RULE, null, body.getLevel(), start)
                .orElseThrow(() -> new IllegalStateException("rule " + APPEAL_RULE + " missing"));
        boolean refused = Boolean.TRUE.equals(step.values().get("refusedToReceive"));
        review.announced(number, decided, announced, refused, record.getId(), appealEnds);
        return StepResult.of(DisciplineReviews.clip("Quyết định số " + number + ": " + Vietnamese.text(review.getOutcomeForm().labelKey()).toLowerCase()
                + ", có hiệu lực từ " + Vietnamese.date(effective) + "; công bố ngày " + Vietnamese.date(announced)
                + (refused ? " (đối tượng từ chối nhận, đã lập biên bản; quyết định vẫn có hiệu lực)" : "")
                + "; thời hạn khiếu nại đến " + Vietnamese.date(BusinessCalendar.localDate(appealEnds)), 1000),
                Map.of(APPEAL_WINDOW_ENDS, Date.from(appealEnds)));
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

    private List<DisciplineReviews.ViolationDraft> drafts(DisciplineReview review) {
        return reviews.violationsOf(review.getId()).stream().map(v -> new DisciplineReviews.ViolationDraft(v.getKind(),
                v.getDescription(), v.getStartedOn(), v.getEndedOn(), v.isOngoing())).toList();
    }

    private DisciplineReview review(StepContext step) {
        return reviews.ofCase(step.caseId()).orElseThrow();
    }

    private static Integer integerOrNull(StepContext step, String key) {
        Object v = step.values().get(key);
        return v == null || v.toString().isBlank() ? null : step.integer(key);
    }

    private static List<FieldError> notAfterToday(StepContext step, String key) {
        LocalDate date = step.date(key);
        return date != null && date.isAfter(step.today()) ? List.of(FieldError.of(key, "notAfterToday")) : List.of();
    }
}
