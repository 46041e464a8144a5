package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.casefile.ui.DocumentLinks;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.EarlierSteps;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * Beside a task's form, what the step needs from the rest of the case: who works on it now and by when, the team,
 * the case's documents (each opened in one click), and what every earlier step recorded, newest first. A subject's
 * contact, who may not see the case, gets what the committee addressed to the subject.
 */
class TaskContextPanel extends VerticalLayout {

    /** The newest steps start open: usually the one this step follows from. */
    private static final int OPEN_STEPS = 2;

    /** The whole context, for who may see the case. */
    static TaskContextPanel forCommittee(CaseFile caseFile, KtgsUser user, TaskWorkService work, CaseService cases, EarlierSteps earlier,
                                         List<Component> featureParts) {
        TaskContextPanel panel = new TaskContextPanel("task.context.heading");
        panel.committeeParts(caseFile, user, work, cases);
        featureParts.forEach(panel::add);
        panel.add(panel.steps(user, caseFile, earlier));
        return panel;
    }

    /**
     * For a subject's contact: what the committee addressed to the subject (the documents sent to it, the plan, the
     * outline, the due date).
     */
    static TaskContextPanel forSubject(CaseFile caseFile, KtgsUser user, EarlierSteps earlier, List<Component> featureParts) {
        TaskContextPanel panel = new TaskContextPanel("task.context.forSubject");
        featureParts.forEach(panel::add);
        panel.add(panel.steps(user, caseFile, earlier));
        return panel;
    }

    private TaskContextPanel(String headingKey) {
        setId("task-context");
        setPadding(false);
        setSpacing(false);
        getStyle().set("border-left", "1px solid var(--lumo-contrast-10pct)").set("padding-left", "var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere").set("box-sizing", "border-box");
        add(new H3(getTranslation(headingKey)));
    }

    private void committeeParts(CaseFile caseFile, KtgsUser user, TaskWorkService work, CaseService cases) {
        List<TaskWorkService.NextStep> open = work.nextSteps(user, caseFile.getId());
        if (open != null && !open.isEmpty()) {
            add(new H4(getTranslation("task.context.open")));
            open.forEach(s -> add(wrapped(getTranslation("task.nextStep", s.name(getLocale()),
                    s.assigneeName() == null ? getTranslation("task.nextUnclaimed") : s.assigneeName(), Formats.dateTime(s.dueAt())))));
        }
        String team = caseFile.getTeam() != null ? caseFile.getTeam() : caseFile.getProposedTeam();
        if (team != null && !team.isBlank()) {
            add(new H4(getTranslation("task.context.team")), wrapped(team));
        }
        add(documents(caseFile, user, cases));
    }

    private Div documents(CaseFile caseFile, KtgsUser user, CaseService cases) {
        Div list = new Div();
        list.setId("task-context-documents");
        list.add(new H4(getTranslation("case.documents")));
        // the latest version of each file; older ones stay on the case page
        Map<String, DocumentInfo> latest = new LinkedHashMap<>();
        cases.documents(user, caseFile.getId()).stream().sorted(Comparator.comparing(DocumentInfo::version))
                .forEach(d -> latest.put(d.fileName(), d));
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("task.context.noDocuments")));
        }
        latest.values().forEach(d -> {
            Div row = new Div(DocumentLinks.open(cases, user, d, d.fileName()), new Span(" · "),
                    DocumentLinks.download(cases, user, d, getTranslation("task.context.download")));
            row.getStyle().set("overflow-wrap", "anywhere");
            list.add(row);
        });
        return list;
    }

    private Div steps(KtgsUser user, CaseFile caseFile, EarlierSteps earlier) {
        Div list = new Div();
        list.setId("task-context-steps");
        list.add(new H4(getTranslation("task.context.steps")));
        List<EarlierSteps.Step> steps = earlier.of(user, caseFile.getId(), getLocale());
        for (int i = 0; i < steps.size(); i++) {
            EarlierSteps.Step step = steps.get(i);
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            body.setSpacing(false);
            if (step.summary() != null) {
                body.add(wrapped(step.summary()));
            }
            step.lines().forEach(line -> {
                Div text = wrapped(line.value() == null ? "✓ " + line.label() : line.label() + ": " + line.value());
                text.addClassName("task-context-line");
                body.add(text);
            });
            // a long step name or person wraps: a summary that does not would widen the panel past the screen
            Span summary = new Span(Formats.date(step.at()) + " · " + step.stepName()
                    + (step.actorName() == null ? "" : " · " + step.actorName()));
            summary.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
            Details details = new Details(summary, body);
            details.setOpened(i < OPEN_STEPS);
            details.setWidthFull();
            list.add(details);
        }
        return list;
    }

    /** Long texts (a plan, a report) are read in full: they wrap and keep their line breaks. */
    private static Div wrapped(String text) {
        Div div = new Div(text);
        div.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere").set("margin-bottom", "var(--lumo-space-xs)");
        return div;
    }
}
