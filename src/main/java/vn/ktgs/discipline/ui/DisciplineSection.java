package vn.ktgs.discipline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.*;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.discipline.*;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;

/**
 * "Kỷ luật" on the case page: the subject's discipline record (on any case about a member or organisation), and on a
 * discipline review its violations, limitation, deferral, the ballot's arithmetic, the decision and the appeal window.
 * Everyone who may open the case sees it (the committee's subtree).
 */
@org.springframework.stereotype.Component
class DisciplineSection implements CaseFileSection {

    private final DisciplineReviews reviews;
    private final DisciplineRecords records;
    private final CaseService cases;
    private final Clock clock;

    DisciplineSection(DisciplineReviews reviews, DisciplineRecords records, CaseService cases, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.records = records;
        this.cases = cases;
    }

    @Override
    public String titleKey() {
        return "discipline.section";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        Optional<DisciplineReview> review = reviews.ofCase(caseFile.getId());
        List<DisciplineRecord> record = caseFile.getSubjectMemberId() != null ? records.ofMember(caseFile.getSubjectMemberId())
                : caseFile.getSubjectOrgId() != null ? records.ofOrganization(caseFile.getSubjectOrgId()) : List.of();
        if (review.isEmpty() && record.isEmpty()) {
            return Optional.empty();
        }
        Div all = new Div();
        all.setId("case-discipline");
        review.ifPresent(r -> review(all, r, user, caseFile));
        if (!record.isEmpty()) {
            all.add(new H4(all.getTranslation("discipline.record")));
            Grid<DisciplineRecord> grid = new Grid<>();
            grid.setId("discipline-record");
            grid.setAllRowsVisible(true);
            grid.addColumn(d -> all.getTranslation(d.getForm().labelKey())).setHeader(all.getTranslation("discipline.form")).setAutoWidth(true);
            grid.addColumn(DisciplineRecord::getDecisionNumber).setHeader(all.getTranslation("discipline.decisionNumber")).setAutoWidth(true);
            grid.addColumn(d -> Formats.date(d.getEffectiveOn())).setHeader(all.getTranslation("discipline.effectiveOn")).setAutoWidth(true);
            grid.addColumn(d -> all.getTranslation("discipline.status." + d.getStatus())
                    + (d.getStatusReason() == null ? "" : ": " + d.getStatusReason())).setHeader(all.getTranslation("cases.status")).setFlexGrow(2);
            grid.setItems(record);
            all.add(grid);
        }
        return Optional.of(all);
    }

    private void review(Div all, DisciplineReview r, KtgsUser user, CaseFile caseFile) {
        all.add(paragraph(all, "discipline-proposal", all.getTranslation("discipline.proposal",
                all.getTranslation(r.getProposedForm().labelKey()), reviews.decidingBodyName(r))));
        all.add(paragraph(all, "discipline-limitation", all.getTranslation("discipline.limitation", r.getLimitationNote())));
        if (r.getOverrideReason() != null) {
            all.add(paragraph(all, "discipline-override", all.getTranslation("discipline.override", r.getOverrideBy(), r.getOverrideReason())));
        }
        if (r.getDeferredUntil() != null) {
            all.add(paragraph(all, "discipline-deferral", all.getTranslation("discipline.deferred",
                    all.getTranslation("discipline.deferral." + r.getDeferralReason()), Formats.date(r.getDeferredUntil()))));
        }
        Grid<DisciplineViolation> violations = new Grid<>();
        violations.setId("discipline-violations");
        violations.setAllRowsVisible(true);
        violations.addColumn(DisciplineViolation::getSeq).setHeader("#").setAutoWidth(true);
        violations.addColumn(v -> all.getTranslation(v.getKind().labelKey())).setHeader(all.getTranslation("discipline.violationKind")).setAutoWidth(true);
        violations.addColumn(DisciplineViolation::getDescription).setHeader(all.getTranslation("discipline.violation")).setFlexGrow(3);
        violations.addColumn(v -> Formats.date(v.getStartedOn()) + (v.getEndedOn() != null ? " – " + Formats.date(v.getEndedOn())
                : v.isOngoing() ? " – " + all.getTranslation("discipline.ongoing") : "")).setHeader(all.getTranslation("discipline.dates")).setAutoWidth(true);
        violations.setItems(reviews.violationsOf(r.getId()));
        all.add(violations);
        List<SecretBallot.Line> lines = reviews.ballotLines(r);
        if (!lines.isEmpty()) {
            all.add(new H4(all.getTranslation("discipline.ballot")));
            Div arithmetic = new Div();
            arithmetic.setId("discipline-ballot");
            lines.forEach(l -> arithmetic.add(new Paragraph(SecretBallot.render(l, (key, args) -> all.getTranslation(key, args)))));
            if (r.getOutcomeForm() == null && lines.stream().anyMatch(l -> l.key().equals("outcome"))) {
                // until the chair has dropped it (case REJECTED) the time-barred form waits for the chair's decision
                arithmetic.add(new Paragraph(all.getTranslation(caseFile.getStatus() == CaseStatus.REJECTED
                        ? "discipline.timeBarredOutcome" : "discipline.timeBarredAwaitingChair")));
            }
            all.add(arithmetic);
        }
        if (r.getProposedToCaseId() != null) {
            CaseFile up = cases.get(r.getProposedToCaseId());
            all.add(new Paragraph(CaseService.canSee(user, up) ? new Anchor("cases/" + up.getId(),
                    all.getTranslation("discipline.proposedTo", up.getCaseNumber())) : new Span(all.getTranslation("discipline.proposedTo", up.getCaseNumber()))));
        }
        if (r.getDecisionNumber() != null) {
            all.add(paragraph(all, "discipline-decision", all.getTranslation("discipline.decision", r.getDecisionNumber(),
                    Formats.date(r.getDecidedOn()), Formats.date(r.getAnnouncedOn()))
                    + (r.isRefusedToReceive() ? " " + all.getTranslation("discipline.refused") : "")));
            all.add(paragraph(all, "discipline-appeal", all.getTranslation(
                    r.getAppealWindowEnds().isAfter(clock.instant()) ? "discipline.appealOpen" : "discipline.appealClosed",
                    Formats.date(r.getAppealWindowEnds()))));
        }
    }

    private static Paragraph paragraph(Div all, String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
