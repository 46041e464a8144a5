package vn.ktgs.remediation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.ValueProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;

/**
 * Conclusion notices on the case page: each requirement's owner, due date and state, the plan and report
 * history with the inspectors' decisions, the follow-up inspection (link, or other features' {@link NoticeAction}s).
 */
@org.springframework.stereotype.Component
class NoticesSection implements CaseFileSection {

    private final RemediationService remediation;
    private final List<NoticeAction> actions;
    private final CaseService cases;
    private final Clock clock;

    NoticesSection(RemediationService remediation, List<NoticeAction> actions, CaseService cases, Clock clock) {
        this.clock = clock;
        this.remediation = remediation;
        this.actions = actions;
        this.cases = cases;
    }

    @Override
    public String titleKey() {
        return "case.notices";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<ConclusionNotice> notices = remediation.noticesOf(caseFile.getId());
        // linked cases are shown only to those who may open them, as RelatedCasesSection does
        List<ConclusionNotice> followedUp = remediation.noticesFollowedUpBy(caseFile.getId()).stream()
                .filter(n -> CaseService.canSee(user, cases.get(n.getCaseId()))).toList();
        if (notices.isEmpty() && followedUp.isEmpty()) {
            return Optional.empty();
        }
        Div all = new Div();
        all.setId("case-notices");
        for (ConclusionNotice n : followedUp) {
            CaseFile origin = cases.get(n.getCaseId());
            all.add(new Paragraph(new Anchor("cases/" + origin.getId(),
                    all.getTranslation("notice.followupOf", n.getNoticeNumber(), origin.getCaseNumber()))));
        }
        LocalDate today = VietnamTime.localDate(clock.instant());
        for (ConclusionNotice n : notices) {
            all.add(notice(all, n, user, today));
        }
        return Optional.of(all);
    }

    private Div notice(Div all, ConclusionNotice n, KtgsUser user, LocalDate today) {
        Div one = new Div();
        one.setId("notice-" + n.getId());
        one.add(new Paragraph(all.getTranslation("notice.line", n.getNoticeNumber(), Formats.date(n.getIssuedAt()),
                all.getTranslation("outcome." + n.getOutcome()), all.getTranslation("notice.status." + n.getStatus()))));
        Paragraph plan = new Paragraph(all.getTranslation("notice.plan",
                all.getTranslation("plan.status." + (n.getPlanStatus() == null ? "AWAITED" : n.getPlanStatus().name())),
                n.getPlanDueDate() == null ? all.getTranslation("notice.planDueByRule") : Formats.date(n.getPlanDueDate())));
        plan.setId("notice-plan-" + n.getId());
        one.add(plan);

        Grid<RemediationRequirement> grid = new Grid<>();
        grid.setId("notice-requirements-" + n.getId());
        grid.setAllRowsVisible(true);
        grid.addColumn(RemediationRequirement::getSeq).setHeader("#").setAutoWidth(true);
        grid.addColumn(RemediationRequirement::getContent).setHeader(all.getTranslation("notice.requirement")).setFlexGrow(3);
        grid.addColumn(RemediationRequirement::getOwnerName).setHeader(all.getTranslation("notice.owner"));
        grid.addColumn(r -> Formats.date(r.getDueDate())).setHeader(all.getTranslation("inbox.due"));
        grid.addColumn(r -> all.getTranslation("requirement.status." + r.getStatus())
                + (r.overdueOn(today) ? " · " + all.getTranslation("requirement.overdue") : ""))
                .setHeader(all.getTranslation("cases.status"));
        grid.setItems(n.getRequirements());
        one.add(grid);

        List<RemediationReport> history = remediation.history(n.getId());
        if (!history.isEmpty()) {
            Map<Long, Integer> seqs = n.getRequirements().stream()
                    .collect(Collectors.toMap(RemediationRequirement::getId, RemediationRequirement::getSeq));
            one.add(new H4(all.getTranslation("notice.history")));
            Grid<RemediationReport> reports = new Grid<>();
            reports.setId("notice-history-" + n.getId());
            reports.setAllRowsVisible(true);
            reports.addColumn(r -> Formats.dateTime(r.getSubmittedAt())).setHeader(all.getTranslation("notice.submittedAt")).setAutoWidth(true);
            reports.addColumn(r -> all.getTranslation("report.kind." + r.getKind())
                    + (r.getRequirementId() == null ? "" : " #" + seqs.get(r.getRequirementId())))
                    .setHeader(all.getTranslation("notice.reportKind")).setAutoWidth(true);
            reports.addColumn(r -> r.getReportText() + (r.getEvidenceName() == null ? "" : " [" + r.getEvidenceName() + "]"))
                    .setHeader(all.getTranslation("notice.report")).setFlexGrow(3);
            reports.addColumn(r -> r.getSubmittedBy() + (r.isOnBehalf() ? " (" + all.getTranslation("notice.onBehalf") + ")" : ""))
                    .setHeader(all.getTranslation("notice.submittedBy"));
            reports.addColumn(decision(all)).setHeader(all.getTranslation("notice.decision")).setFlexGrow(2);
            reports.setItems(history);
            one.add(reports);
        }

        if (n.getFollowupCaseId() != null) {
            CaseFile followup = cases.get(n.getFollowupCaseId());
            if (!CaseService.canSee(user, followup)) {
                return one;
            }
            Anchor link = new Anchor("cases/" + followup.getId(), all.getTranslation("notice.followupCase", followup.getCaseNumber()));
            link.setId("notice-followup-" + n.getId());
            one.add(new Paragraph(link));
        } else {
            actions.forEach(a -> a.render(n, user).ifPresent(one::add));
        }
        return one;
    }

    private static ValueProvider<RemediationReport, String> decision(Div all) {
        return r -> r.getDecision() == null ? all.getTranslation("report.decision.PENDING")
                : all.getTranslation("report.decision." + r.getDecision()) + " – " + r.getDecidedBy()
                + (r.getDecisionComment() == null ? "" : ": " + r.getDecisionComment());
    }
}
