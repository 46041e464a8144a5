package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskContext;
import vn.ktgs.tasklist.TaskPageAction;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * One task: its case, its Camunda form rendered natively, claim / unclaim / complete and the features' actions. The
 * buttons and their listeners are made once per view instance: navigating to the same route again (after a claim)
 * calls {@link #setParameter} on the same instance, which must not add a second listener.
 */
@Route("task")
@PageTitle("KTGS – Công việc")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String> {

    private final TaskWorkService work;
    private final FormRenderers renderers;
    private final List<TaskContext> contexts;
    private final List<TaskPageAction> actions;
    private final CaseService cases;
    private final KtgsUser user;
    FormRenderer.Rendered form;
    final Button claim = new Button();
    final Button complete = new Button();
    /** The task shown, and whether the user holds it: set on each navigation, read by the buttons. */
    private String taskId;
    private long caseId;
    private boolean mine;

    TaskView(TaskWorkService work, FormRenderers renderers, List<TaskContext> contexts, List<TaskPageAction> actions,
             CaseService cases, CurrentUser currentUser) {
        this.work = work;
        this.renderers = renderers;
        this.contexts = contexts;
        this.actions = actions;
        this.cases = cases;
        this.user = currentUser.get();
        setMaxWidth("70em");
        claim.setId("claim");
        claim.addClickListener(e -> toggleClaim());
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // a second click while the first completion runs must not complete twice
        complete.setDisableOnClick(true);
        complete.addClickListener(e -> complete());
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        this.taskId = taskId;
        InboxTask task;
        try {
            task = work.openTask(user, taskId);
        } catch (NoSuchElementException | AccessDeniedException gone) {
            add(new H2(getTranslation("task.notAvailable")), new Anchor("inbox", getTranslation("nav.inbox")));
            return;
        }
        caseId = task.getCaseId();
        add(new H2(task.getTaskName()));
        Anchor caseLink = new Anchor("cases/" + task.getCaseId(), task.getCaseNumber());
        caseLink.setId("case-link");
        // the case opens beside the task: what is typed here stays
        caseLink.setTarget(AnchorTarget.BLANK);
        add(new HorizontalLayout(new Paragraph(getTranslation("task.case")), caseLink,
                new Paragraph(task.getSubjectName())));
        add(new Paragraph(getTranslation("task.due", Formats.dateTime(task.getDueAt()))));
        // what the step is about: the case's own words, and the feature's lines (e.g. the requirement)
        var caseFile = cases.get(task.getCaseId());
        Paragraph about = new Paragraph(caseFile.getTitle() + ": " + caseFile.getContent());
        about.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(about);
        contexts.stream().filter(c -> c.describes(task.getProcessKey(), task.getTaskKey()))
                .flatMap(c -> c.lines(taskId).stream()).forEach(line -> add(new Paragraph(line)));
        form = renderers.render(work.form(user, taskId), user);
        add(form.layout());
        mine = user.getUsername().equals(task.getAssignee());
        claim.setText(getTranslation(mine ? "task.unclaim" : "task.claim"));
        // a step given to one person (no group to hand it back to) cannot be handed back
        claim.setVisible(task.getAssignee() == null || mine && !task.getCandidateGroups().isEmpty());
        complete.setText(getTranslation("task.complete"));
        complete.setEnabled(true);
        HorizontalLayout buttons = new HorizontalLayout(complete, claim);
        actions.forEach(action -> action.button(task, user).ifPresent(buttons::add));
        add(buttons);
    }

    private void toggleClaim() {
        try {
            if (mine) {
                work.unclaim(user, taskId);
            } else {
                work.claim(user, taskId);
            }
        } catch (RuntimeException raced) {
            if (!showChanged(raced)) {
                throw raced;
            }
        }
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, taskId));
    }

    /** Someone else got there first (completed, claimed, or changed the case): say so instead of failing. */
    private boolean showChanged(RuntimeException e) {
        if (e instanceof NoSuchElementException || e instanceof AccessDeniedException
                || e instanceof ProcessEngineException || e instanceof OptimisticLockingFailureException) {
            Notification.show(getTranslation("task.changed"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return true;
        }
        return false;
    }

    private void complete() {
        try {
            work.complete(user, taskId, form.values());
        } catch (FormValidationException invalid) {
            complete.setEnabled(true);
            List<String> other = form.showErrors(invalid.errors(), this::translate);
            Notification n = Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                    6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } catch (RuntimeException raced) {
            complete.setEnabled(true);
            if (showChanged(raced)) {
                return;
            }
            throw raced;
        }
        // at the top: the next task page's buttons sit where a bottom toast would cover them
        Notification.show(whatHappensNext(), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    /** Who has the case now and by when; a subject's contact, who does not see the case, is only told it is done. */
    private String whatHappensNext() {
        List<TaskWorkService.NextStep> next = work.nextSteps(user, caseId);
        if (next == null) {
            return getTranslation("task.completed");
        }
        if (next.isEmpty()) {
            return getTranslation("task.completedNothingWaits");
        }
        return getTranslation("task.completedNext", next.stream()
                .map(s -> getTranslation("task.nextStep", s.taskName(),
                        s.assigneeName() == null ? getTranslation("task.nextUnclaimed") : s.assigneeName(), Formats.dateTime(s.dueAt())))
                .collect(Collectors.joining("; ")));
    }

    private String translate(FieldError error) {
        return getTranslation(error.messageKey(), error.args().toArray());
    }
}
