package vn.ktgs.complaint.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ktgs.complaint.Complaint;
import vn.ktgs.complaint.ComplaintDeadlines;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.OrganizationService;

/**
 * What the case page and the complaint's tasks say about it, in the reader's language: the decision complained
 * about and its state (in force while pending), the dates, the admissibility found, the deadline, the outcome.
 */
@Component
class ComplaintLines {

    /** One line and the id the case page gives it. */
    record Line(String id, String text) {
    }

    private final ComplaintDeadlines deadlines;
    private final DisciplineRecords records;
    private final OrganizationService organizations;

    ComplaintLines(ComplaintDeadlines deadlines, DisciplineRecords records, OrganizationService organizations) {
        this.deadlines = deadlines;
        this.records = records;
        this.organizations = organizations;
    }

    List<Line> of(Complaint c, BiFunction<String, Object[], String> t) {
        DisciplineRecord record = records.get(c.getDisciplineRecordId()).orElseThrow();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("complaint-decision", t.apply("complaint.decisionLine", new Object[] {record.getDecisionNumber(),
                organizations.byId(record.getDecidedByOrgId()).getName(), t.apply(record.getForm().labelKey(), new Object[0]),
                Formats.date(record.getEffectiveOn())})));
        lines.add(new Line("complaint-discipline-state", t.apply("complaint.discipline." + record.getStatus(), new Object[0])));
        String received = c.isRefusedDecision() ? t.apply("complaint.refused", new Object[0])
                : c.getDecisionReceivedOn() == null ? t.apply("complaint.notReceived", new Object[0]) : Formats.date(c.getDecisionReceivedOn());
        lines.add(new Line("complaint-dates", t.apply("complaint.datesLine", new Object[] {received, Formats.date(c.getFiledOn()),
                c.getAppealWindowEndsOn() == null ? "—" : Formats.date(c.getAppealWindowEndsOn())})));
        if (c.getSentOn() != null) {
            lines.add(new Line("complaint-sent", t.apply("complaint.sentLine", new Object[] {Formats.date(c.getSentOn())})));
        }
        lines.add(new Line("complaint-admissibility", c.admissible() ? t.apply("complaint.admissible", new Object[0])
                : t.apply("complaint.inadmissible", new Object[] {c.reasons().stream().map(r -> t.apply(r.labelKey(), new Object[0]))
                        .collect(Collectors.joining("; "))})));
        if (c.getAcceptedDespiteReason() != null) {
            lines.add(new Line("complaint-accepted-despite", t.apply("complaint.acceptedDespite", new Object[] {c.getAcceptedDespiteReason()})));
        }
        if (c.isAlsoDenounces()) {
            lines.add(new Line("complaint-denounces", t.apply("complaint.alsoDenounces", new Object[0])));
        }
        lines.add(new Line("complaint-deadline", t.apply("complaint.deadlineLine", new Object[] {Formats.date(c.getDueOn()),
                deadlines.resolutionRule(c.getCommitteeOrgId()).orElse("—")})));
        lines.add(new Line("complaint-reply-to", t.apply("complaint.replyTo", new Object[] {
                c.getReplyEmail() == null ? "—" : c.getReplyEmail(), c.getReplyAddress() == null ? "—" : c.getReplyAddress()})));
        lines.add(new Line("complaint-status", t.apply("complaint.status." + c.getStatus(), new Object[0])
                + (c.getOutcome() == null ? "" : " · " + t.apply("complaint.outcome." + c.getOutcome(), new Object[0])
                + (c.getNewForm() == null ? "" : " → " + t.apply(c.getNewForm().labelKey(), new Object[0]))
                + " (" + c.getResolutionNumber() + ", " + Formats.date(c.getResolvedOn()) + ")")));
        return lines;
    }
}
