package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.base.security.CurrentUser;
import vn.ktgs.base.ui.Formats;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskContext;
import vn.ktgs.tasklist.TaskWorkService;
import vn.ktgs.tasklist.form.FieldError;
import vn.ktgs.tasklist.form.FormValidationException;
import vn.ktgs.tasklist.form.OptionsProvider;

/** One task: its case, its Camunda form rendered natively, and claim / unclaim / complete. */
@Route("task")
@PageTitle("KTGS – Công việc")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String> {

    private final TaskWorkService work;
    private final List<OptionsProvider> providers;
    private final List<TaskContext> contexts;
    private final CaseService cases;
    private final vn.ktgs.calendar.ExtensionService extensions;
    private final KtgsUser user;
    FormRenderer.Rendered form;
    final Button claim = new Button();
    final Button complete = new Button();

    TaskView(TaskWorkService work, List<OptionsProvider> providers, List<TaskContext> contexts, CaseService cases,
             vn.ktgs.calendar.ExtensionService extensions, CurrentUser currentUser) {
        this.extensions = extensions;
        this.work = work;
        this.providers = providers;
        this.contexts = contexts;
        this.cases = cases;
        this.user = currentUser.get();
        setMaxWidth("70em");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        InboxTask task;
        try {
            task = work.openTask(user, taskId);
        } catch (NoSuchElementException | AccessDeniedException gone) {
            add(new H2(getTranslation("task.notAvailable")), new Anchor("inbox", getTranslation("nav.inbox")));
            return;
        }
        add(new H2(task.getTaskName()));
        Anchor caseLink = new Anchor("cases/" + task.getCaseId(), task.getCaseNumber());
        caseLink.setId("case-link");
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
        form = new FormRenderer(providers, user, BusinessCalendar.localDate(CaseService.now())).render(work.form(user, taskId));
        add(form.layout());
        boolean mine = user.getUsername().equals(task.getAssignee());
        claim.setText(getTranslation(mine ? "task.unclaim" : "task.claim"));
        claim.setId("claim");
        claim.setVisible(task.getAssignee() == null || mine);
        claim.addClickListener(e -> toggleClaim(taskId, mine));
        complete.setText(getTranslation("task.complete"));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete(taskId));
        Button extend = new Button(getTranslation("extension.ask"));
        extend.setId("request-extension");
        boolean teamLead = user.hasRole(vn.ktgs.organization.Role.TEAM_LEAD);
        var rule = teamLead ? extensions.extensible(taskId) : java.util.Optional.<vn.ktgs.calendar.DeadlineRule>empty();
        extend.setVisible(rule.isPresent());
        rule.ifPresent(r -> extend.addClickListener(e -> extensionDialog(taskId, r).open()));
        add(new HorizontalLayout(complete, claim, extend));
    }

    /** The team lead asks for more time, within the rule's extension policy. */
    private com.vaadin.flow.component.dialog.Dialog extensionDialog(String taskId, vn.ktgs.calendar.DeadlineRule rule) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog(getTranslation("extension.ask"));
        var amount = new com.vaadin.flow.component.textfield.IntegerField(
                getTranslation("extension.amount", vn.ktgs.calendar.ExtensionService.maxAmount(rule)));
        amount.setId("extension-amount");
        var reason = new com.vaadin.flow.component.textfield.TextArea(getTranslation("extension.reason"));
        reason.setId("extension-reason");
        reason.setWidthFull();
        Button send = new Button(getTranslation("extension.send"), e -> {
            try {
                extensions.request(user, taskId, amount.getValue(), reason.getValue());
            } catch (FormValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    var field = "reason".equals(error.field()) ? reason : amount;
                    ((com.vaadin.flow.component.HasValidation) field).setErrorMessage(translate(error));
                    ((com.vaadin.flow.component.HasValidation) field).setInvalid(true);
                }
                return;
            }
            dialog.close();
            Notification.show(getTranslation("extension.sent"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(TaskView.class, taskId));
        });
        send.setId("extension-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(amount, reason));
        dialog.getFooter().add(send);
        return dialog;
    }

    private void toggleClaim(String taskId, boolean mine) {
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
                || e instanceof org.camunda.bpm.engine.ProcessEngineException
                || e instanceof org.springframework.dao.OptimisticLockingFailureException) {
            Notification.show(getTranslation("task.changed"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return true;
        }
        return false;
    }

    private void complete(String taskId) {
        try {
            work.complete(user, taskId, form.values());
        } catch (FormValidationException invalid) {
            List<String> other = form.showErrors(invalid.errors(), this::translate);
            Notification n = Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                    6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } catch (RuntimeException raced) {
            if (showChanged(raced)) {
                return;
            }
            throw raced;
        }
        Notification.show(getTranslation("task.completed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private String translate(FieldError error) {
        return getTranslation(error.messageKey(), error.args().toArray());
    }
}
