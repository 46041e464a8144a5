package vn.ktgs.asset;

import static vn.ktgs.asset.AssetVerificationProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.*;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ktgs.calendar.DeadlineService;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineWarranted;
import vn.ktgs.inspection.Vnd;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/**
 * The steps of asset-verification: rules the forms cannot express (dates not in the future, a publication not before
 * the conclusion), the verification's rows, the request letter's mail, the publication deadline from the seeded rule,
 * and the discipline a false declaration warrants.
 */
@Component
class AssetStepHandler implements StepHandler {

    private final AssetVerificationService verifications;
    private final CaseService cases;
    private final DeadlineService deadlines;
    private final OrganizationService organizations;
    private final ExplanationRequestMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssetStepHandler(AssetVerificationService verifications, CaseService cases, DeadlineService deadlines,
                     OrganizationService organizations, ExplanationRequestMail mail, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.verifications = verifications;
        this.cases = cases;
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.mail = mail;
        this.events = events;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        List<FieldError> errors = new ArrayList<>();
        switch (step.taskKey()) {
            case TASK_RECORD_EXPLANATION -> notAfterToday(step, "explainedOn", errors);
            case TASK_PUBLISH -> {
                notAfterToday(step, "publishedOn", errors);
                LocalDate concluded = verifications.byCase(step.caseId()).getConcludedOn();
                LocalDate published = step.date("publishedOn");
                if (errors.isEmpty() && published != null && concluded != null && published.isBefore(concluded)) {
                    errors.add(FieldError.of("publishedOn", "asset.publishedBeforeConclusion", concluded.toString()));
                }
            }
            default -> { }
        }
        return errors;
    }

    private static void notAfterToday(StepContext step, String key, List<FieldError> errors) {
        LocalDate date = step.date(key);
        if (date != null && date.isAfter(step.today())) {
            errors.add(FieldError.of(key, "notAfterToday"));
        }
    }

    /** The conclusion on the declaration stands once recorded. */
    @Override
    public boolean irreversible(String taskKey) {
        return TASK_CONCLUDE.equals(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        AssetVerification v = verifications.byCase(step.caseId());
        return switch (step.taskKey()) {
            case TASK_APPROVE -> approve(step);
            case TASK_REQUEST_EXPLANATION -> requestExplanation(step, v);
            case TASK_RECORD_EXPLANATION -> {
                v.explained(step.text("explanation"), step.date("explainedOn"));
                yield StepResult.of("Người kê khai giải trình (nhận ngày " + step.date("explainedOn") + "): "
                        + AssetScope.clip(step.text("explanation"), 800));
            }
            case TASK_VERIFY -> verify(step, v);
            case TASK_REPORT -> StepResult.of("Báo cáo kết quả xác minh: " + AssetScope.clip(step.text("report"), 900));
            case TASK_CONCLUDE -> conclude(step, v);
            case TASK_PUBLISH -> publish(step, v);
            default -> throw new IllegalStateException("unknown step " + step.taskKey());
        };
    }

    private StepResult approve(StepContext step) {
        boolean approved = "APPROVE".equals(step.text("decision"));
        if (!approved) {
            return StepResult.of("Không xác minh: " + AssetScope.clip(step.text("reason"), 900), Map.of(APPROVED, false));
        }
        cases.setTeam(step.caseId(), step.text("team"));
        cases.moveTo(step.caseId(), CaseStatus.IN_PROGRESS);
        return StepResult.of("Quyết định xác minh; tổ xác minh: " + AssetScope.clip(step.text("team"), 800)
                + (step.text("reason") == null ? "" : ". Ý kiến chỉ đạo: " + AssetScope.clip(step.text("reason"), 500)),
                Map.of(APPROVED, true));
    }

    private StepResult requestExplanation(StepContext step, AssetVerification v) {
        LocalDate due = step.date("explanationDueDate");
        CaseFile c = cases.get(step.caseId());
        boolean mailed = v.getDeclarantEmail() != null && mail.send(step.taskId(), c, v.getDeclarantEmail(), step.text("questions"), due);
        return StepResult.of("Yêu cầu giải trình, hạn " + due + (mailed ? "; đã gửi thư tới " + v.getDeclarantEmail()
                : "; chưa có địa chỉ thư: giao văn bản trực tiếp"), Map.of(EXPLANATION_DUE, Date.from(VietnamTime.endOfDay(due))));
    }

    private StepResult verify(StepContext step, AssetVerification v) {
        Amounts amounts = new Amounts(whole(step, "previousTotal"), whole(step, "declaredTotal"), whole(step, "verifiedTotal"),
                whole(step, "explainedIncrease"));
        String notes = String.join("\n", Objects.toString(step.text("dataRequests"), ""), Objects.toString(step.text("valuation"), ""),
                Objects.toString(step.text("familyAssets"), "")).trim();
        v.verified(amounts, notes.isEmpty() ? null : AssetScope.clip(notes, 8000));
        return StepResult.of("Kết quả xác minh: kê khai " + vnd(amounts.declaredTotal()) + ", xác minh " + vnd(amounts.verifiedTotal())
                + ", tăng " + vnd(amounts.increase()) + " so với lần trước, không giải trình được " + vnd(amounts.unexplainedIncrease())
                + (amounts.undeclared() > 0 ? ", chưa kê khai " + vnd(amounts.undeclared()) : "")
                + (amounts.isSignOfViolation() ? " (từ 300 triệu đồng: dấu hiệu vi phạm)" : ""));
    }

    private StepResult conclude(StepContext step, AssetVerification v) {
        Conclusion conclusion = Conclusion.valueOf(step.text("conclusion"));
        CaseFile c = cases.get(step.caseId());
        Instant now = clock.instant();
        Instant due = deadlines.dueDate(PUBLICATION_RULE, null, organizations.byId(c.getOwnerOrgId()).getLevel(), now)
                .orElseThrow(() -> new IllegalStateException("no rule " + PUBLICATION_RULE));
        v.concluded(conclusion, step.text("reasons"), step.today(), due);
        if (conclusion == Conclusion.UNTRUTHFUL) {
            // the discipline feature opens a discipline-review case linked to this one; the reviewing body decides the form
            events.publishEvent(new DisciplineWarranted(c.getId(), c.getOwnerOrgId(), v.getMemberId(), null,
                    "Kê khai tài sản, thu nhập không trung thực (" + c.getCaseNumber() + "): " + AssetScope.clip(step.text("reasons"), 1500),
                    DisciplineForm.REPRIMAND, step.user().getUsername()));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(PUBLICATION_DUE, Date.from(due));
        variables.put(PUBLICATION_CHASE, "R" + CHASES + "/" + due + "/P1D");
        return StepResult.of((conclusion == Conclusion.TRUTHFUL ? "Kết luận: kê khai trung thực. " : "Kết luận: kê khai không trung thực. ")
                + AssetScope.clip(step.text("reasons"), 800) + " Hạn công khai: " + VietnamTime.localDate(due), variables);
    }

    private StepResult publish(StepContext step, AssetVerification v) {
        LocalDate on = step.date("publishedOn");
        boolean late = on.isAfter(VietnamTime.localDate(v.getPublicationDue()));
        v.published(on, AssetScope.clip(step.text("place"), 500), late);
        return StepResult.of("Công khai kết luận ngày " + on + " tại " + AssetScope.clip(step.text("place"), 500)
                + (late ? " (trễ hạn, hạn là " + VietnamTime.localDate(v.getPublicationDue()) + ")" : ""));
    }

    /** The forms allow no decimals and nothing below zero; the value arrives as a number or its text. */
    private static long whole(StepContext step, String key) {
        return new BigDecimal(step.values().get(key).toString()).longValueExact();
    }

    private static String vnd(long amount) {
        return Vnd.format(BigDecimal.valueOf(amount));
    }
}
