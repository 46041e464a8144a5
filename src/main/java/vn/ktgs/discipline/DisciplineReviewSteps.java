package vn.ktgs.discipline;

import static vn.ktgs.discipline.DisciplineReviewProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.*;
import org.springframework.stereotype.Component;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.organization.Organization;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepResult;

/** What the steps of discipline-review around the ballot ({@link BallotStep}) write, and the decisions they hand the engine. */
@Component
class DisciplineReviewSteps {

    private final DisciplineReviews reviews;
    private final DisciplineRecords records;
    private final OrganizationService organizations;
    private final DeadlineService deadlines;
    private final AuditTrail audit;

    DisciplineReviewSteps(DisciplineReviews reviews, DisciplineRecords records, OrganizationService organizations,
                          DeadlineService deadlines, AuditTrail audit) {
        this.reviews = reviews;
        this.records = records;
        this.organizations = organizations;
        this.deadlines = deadlines;
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
        Date reviewAt = Date.from(until.atTime(LocalTime.of(7, 0)).atZone(VietnamTime.ZONE).toInstant());
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
        Instant start = announced.atStartOfDay(VietnamTime.ZONE).toInstant();
        Instant appealEnds = deadlines.dueDate(APPEAL_RULE, null, body.getLevel(), start)
                .orElseThrow(() -> new IllegalStateException("rule " + APPEAL_RULE + " missing"));
        boolean refused = Boolean.TRUE.equals(step.values().get("refusedToReceive"));
        review.announced(number, decided, announced, refused, record.getId(), appealEnds);
        return StepResult.of(DisciplineReviews.clip("Quyết định số " + number + ": " + Vietnamese.text(review.getOutcomeForm().labelKey()).toLowerCase()
                + ", có hiệu lực từ " + Vietnamese.date(effective) + "; công bố ngày " + Vietnamese.date(announced)
                + (refused ? " (đối tượng từ chối nhận, đã lập biên bản; quyết định vẫn có hiệu lực)" : "")
                + "; thời hạn khiếu nại đến " + Vietnamese.date(VietnamTime.localDate(appealEnds)), 1000),
                Map.of(APPEAL_WINDOW_ENDS, Date.from(appealEnds)));
    }

    private DisciplineReview review(StepContext step) {
        return reviews.ofCase(step.caseId()).orElseThrow();
    }


    static List<FieldError> notAfterToday(StepContext step, String key) {
        LocalDate date = step.date(key);
        return date != null && date.isAfter(step.today()) ? List.of(FieldError.of(key, "notAfterToday")) : List.of();
    }
}
