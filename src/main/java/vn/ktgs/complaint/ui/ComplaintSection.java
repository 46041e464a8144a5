package vn.ktgs.complaint.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ktgs.base.ui.Formats;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.complaint.Complaint;
import vn.ktgs.complaint.ComplaintProcess;
import vn.ktgs.complaint.ComplaintService;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrganizationService;

/**
 * The complaint on its case page: the decision complained about and its state (in force while the complaint is
 * pending), the admissibility found, the deadline by level and, at the end, the committee's decision.
 */
@org.springframework.stereotype.Component
class ComplaintSection implements CaseFileSection {

    private final ComplaintService complaints;
    private final DisciplineRecords records;
    private final OrganizationService organizations;

    ComplaintSection(ComplaintService complaints, DisciplineRecords records, OrganizationService organizations) {
        this.complaints = complaints;
        this.records = records;
        this.organizations = organizations;
    }

    @Override
    public String titleKey() {
        return "complaint.section";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        if (!ComplaintProcess.KEY.equals(caseFile.getProcessKey())) {
            return Optional.empty();
        }
        return complaints.ofCase(user, caseFile.getId()).map(c -> section(c));
    }

    private Div section(Complaint c) {
        Div div = new Div();
        div.setId("complaint-section");
        DisciplineRecord record = records.get(c.getDisciplineRecordId()).orElseThrow();
        line(div, "complaint-decision", div.getTranslation("complaint.decisionLine", record.getDecisionNumber(),
                organizations.byId(record.getDecidedByOrgId()).getName(), div.getTranslation(record.getForm().labelKey()),
                Formats.date(record.getEffectiveOn())));
        line(div, "complaint-discipline-state", div.getTranslation("complaint.discipline." + record.getStatus()));
        line(div, "complaint-dates", div.getTranslation("complaint.datesLine",
                c.isRefusedDecision() ? div.getTranslation("complaint.refused") : received(div, c), Formats.date(c.getFiledOn()),
                c.getAppealWindowEndsOn() == null ? "—" : Formats.date(c.getAppealWindowEndsOn())));
        line(div, "complaint-admissibility", c.admissible() ? div.getTranslation("complaint.admissible")
                : div.getTranslation("complaint.inadmissible", c.reasons().stream().map(r -> div.getTranslation(r.labelKey()))
                        .collect(Collectors.joining("; "))));
        if (c.isAlsoDenounces()) {
            line(div, "complaint-denounces", div.getTranslation("complaint.alsoDenounces"));
        }
        line(div, "complaint-deadline", div.getTranslation("complaint.deadlineLine", Formats.date(c.getDueOn()),
                complaints.resolutionRule(c.getCommitteeOrgId()).orElse("—")));
        line(div, "complaint-reply-to", div.getTranslation("complaint.replyTo",
                c.getReplyEmail() == null ? "—" : c.getReplyEmail(), c.getReplyAddress() == null ? "—" : c.getReplyAddress()));
        line(div, "complaint-status", div.getTranslation("complaint.status." + c.getStatus())
                + (c.getOutcome() == null ? "" : " · " + div.getTranslation("complaint.outcome." + c.getOutcome())
                + (c.getNewForm() == null ? "" : " → " + div.getTranslation(c.getNewForm().labelKey()))
                + " (" + c.getResolutionNumber() + ", " + Formats.date(c.getResolvedOn()) + ")"));
        return div;
    }

    private static String received(Div div, Complaint c) {
        return c.getDecisionReceivedOn() == null ? div.getTranslation("complaint.notReceived") : Formats.date(c.getDecisionReceivedOn());
    }

    private static void line(Div div, String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        div.add(p);
    }
}
