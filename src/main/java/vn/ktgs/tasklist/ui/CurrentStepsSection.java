package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskAssignments;

/**
 * The case's open steps with their due dates and who holds them (by name): first on the case page, before the
 * features. A step the reader may work or take opens its task page; the chair, a deputy or the case's team lead may give
 * a step to someone else.
 */
@org.springframework.stereotype.Component
@Order(-10)
class CurrentStepsSection implements CaseFileSection {

    private final InboxService inbox;
    private final UserDirectory users;
    private final TaskAssignments assignments;

    CurrentStepsSection(InboxService inbox, UserDirectory users, TaskAssignments assignments) {
        this.inbox = inbox;
        this.users = users;
        this.assignments = assignments;
    }

    @Override
    public String titleKey() {
        return "case.currentSteps";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        Div steps = new Div();
        steps.setId("case-current-steps");
        List<InboxTask> open = inbox.openTasksOfCase(caseFile.getId());
        if (open.isEmpty()) {
            steps.add(new Paragraph(steps.getTranslation("case.noOpenSteps")));
        }
        Map<String, String> names = users.fullNames(open.stream().map(InboxTask::getAssignee).filter(Objects::nonNull).toList());
        for (InboxTask t : open) {
            Paragraph line = new Paragraph();
            if (InboxService.mayWork(user, t) || InboxService.mayClaim(user, t)) {
                Anchor step = new Anchor("task/" + t.getTaskId(), name(t));
                step.setId("case-step-" + t.getTaskKey());
                step.setTitle(steps.getTranslation("case.openStep"));
                line.add(step);
            } else {
                line.add(new Text(name(t)));
            }
            line.add(new Text(details(steps, t, names)));
            if (assignments.mayReassign(user, t)) {
                // the chair (or the case's team lead) hands a step to someone else from here, whoever holds it
                Button give = new Button(steps.getTranslation("reassign.title"), e -> new ReassignDialog(assignments, user,
                        List.of(t.getTaskId()), () -> steps.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))).open());
                give.setId("case-reassign-" + t.getTaskKey());
                give.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                give.getStyle().set("margin-left", "var(--lumo-space-s)");
                line.add(give);
            }
            steps.add(line);
        }
        return Optional.of(steps);
    }

    private static String name(InboxTask t) {
        return ModelTexts.stepName(t.getProcessKey(), t.getTaskKey(), t.getTaskName(), UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
    }

    private String details(Component page, InboxTask t, Map<String, String> names) {
        Integer left = inbox.workingDaysLeft(t.getDueAt());
        String time = left == null ? "" : left < 0 ? " · " + page.getTranslation("inbox.overdueDays", -left)
                : " · " + page.getTranslation("inbox.daysLeft", left);
        return " · " + page.getTranslation("inbox.due") + " " + Formats.dateTime(t.getDueAt()) + time
                + (t.getDueRule() == null ? "" : " (" + page.getTranslation("inbox.rule", t.getDueRule()) + ")")
                + " · " + (t.getAssignee() == null ? page.getTranslation("inbox.unclaimed")
                        : names.getOrDefault(t.getAssignee(), t.getAssignee()));
    }
}
