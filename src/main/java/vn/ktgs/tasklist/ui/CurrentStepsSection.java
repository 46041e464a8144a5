package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;

/** The case's open steps with their due dates and who holds them: first on the case page, before the features. */
@org.springframework.stereotype.Component
@Order(-10)
class CurrentStepsSection implements CaseFileSection {

    private final InboxService inbox;

    CurrentStepsSection(InboxService inbox) {
        this.inbox = inbox;
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
        open.forEach(t -> steps.add(new Paragraph(line(steps, t))));
        return Optional.of(steps);
    }

    private String line(Component page, InboxTask t) {
        Integer left = inbox.workingDaysLeft(t.getDueAt());
        String time = left == null ? "" : left < 0 ? " · " + page.getTranslation("inbox.overdueDays", -left)
                : " · " + page.getTranslation("inbox.daysLeft", left);
        return t.getTaskName() + " · " + page.getTranslation("inbox.due") + " " + Formats.dateTime(t.getDueAt()) + time
                + (t.getDueRule() == null ? "" : " (" + page.getTranslation("inbox.rule", t.getDueRule()) + ")")
                + " · " + (t.getAssignee() == null ? page.getTranslation("inbox.unclaimed") : t.getAssignee());
    }
}
