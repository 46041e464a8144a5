package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.EarlierSteps;
import vn.ktgs.tasklist.TaskContext;
import vn.ktgs.tasklist.TaskDrafts;
import vn.ktgs.tasklist.TaskAssignments;
import vn.ktgs.tasklist.TaskPageAction;
import vn.ktgs.tasklist.TaskSidePart;
import vn.ktgs.tasklist.TaskWorkService;
import vn.ktgs.tasklist.form.FormDefinition;

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
    private final TaskAssignments assignments;
    private final CaseService cases;
    private final KtgsUser user;
    private final TaskDrafts drafts;
    private final EarlierSteps earlier;
    private final List<TaskSidePart> sideParts;
    private final Clock clock;
    FormRenderer.Rendered form;
    final Button claim = new Button();
    final Button complete = new Button();
    /** The task shown, and whether the user holds it: set on each navigation, read by the buttons. */
    private String taskId;
    private long caseId;
    private boolean mine;
    private FormDefinition definition;
    private String stepName;

    TaskView(TaskWorkService work, FormRenderers renderers, List<TaskContext> contexts, List<TaskPageAction> actions,
             CaseService cases, CurrentUser currentUser, TaskDrafts drafts, EarlierSteps earlier, List<TaskSidePart> sideParts, Clock clock,
             TaskAssignments assignments) {
        this.assignments = assignments;
        this.sideParts = sideParts;
        this.work = work;
        this.earlier = earlier;
        this.drafts = drafts;
        this.clock = clock;
        this.renderers = renderers;
        this.contexts = contexts;
        this.actions = actions;
        this.cases = cases;
        this.user = currentUser.get();
        setMaxWidth("110em");
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
        VerticalLayout step = new VerticalLayout();
        step.setPadding(false);
        step.getStyle().set("flex", "2 1 34em").set("min-width", "0");
        String name = ModelTexts.stepName(task.getProcessKey(), task.getTaskKey(), task.getTaskName(), getLocale());
        step.add(new H2(name));
        if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername()) && user.standsInFor().contains(task.getAssignee())) {
            Paragraph standIn = new Paragraph(getTranslation("task.standIn", work.fullName(task.getAssignee())));
            standIn.setId("task-stand-in");
            standIn.getElement().getThemeList().add("badge contrast");
            step.add(standIn);
        }
        var caseFile = cases.get(task.getCaseId());
        boolean seesCase = CaseService.canSee(user, caseFile);
        step.add(new HorizontalLayout(new Paragraph(getTranslation("task.case")), caseReference(task, seesCase),
                new Paragraph(task.getSubjectName())));
        step.add(new Paragraph(getTranslation("task.due", Formats.dateTime(task.getDueAt()))));
        // what the step is about: the case's own words, and the feature's lines (e.g. the requirement)
        Paragraph about = new Paragraph(caseFile.getTitle() + ": " + caseFile.getContent());
        about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "pre-wrap");
        step.add(about);
        contexts.stream().filter(c -> c.describes(task.getProcessKey(), task.getTaskKey()))
                .flatMap(c -> c.lines(taskId).stream()).forEach(line -> step.add(new Paragraph(line)));
        definition = work.form(user, taskId);
        stepName = name;
        form = renderers.render(definition, user);
        step.add(form.layout());
        step.add(startFromWhatIsKnown(definition));
        mine = user.getUsername().equals(task.getAssignee());
        claim.setText(getTranslation(mine ? "task.unclaim" : "task.claim"));
        // a step given to one person (no group to hand it back to) cannot be handed back
        claim.setVisible(task.getAssignee() == null || mine && !task.getCandidateGroups().isEmpty());
        complete.setText(getTranslation("task.complete"));
        complete.setEnabled(true);
        HorizontalLayout buttons = new HorizontalLayout(complete, claim);
        if (mine) {
            step.add(followUpPicker(task));
        }
        FormRenderer.Rendered shown = form;
        actions.forEach(action -> action.button(task, user, shown::values).ifPresent(buttons::add));
        if (assignments.mayReassign(user, task)) {
            Button give = new Button(getTranslation("reassign.title"), e -> new ReassignDialog(assignments, user, List.of(taskId),
                    () -> getUI().ifPresent(ui -> ui.navigate(InboxView.class))).open());
            give.setId("task-reassign");
            buttons.add(give);
        }
        step.add(buttons);
        FlexLayout columns = new FlexLayout(step);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.setWidthFull();
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        List<Component> featureParts = sideParts.stream().flatMap(p -> p.render(task, user).stream()).toList();
        TaskContextPanel context = seesCase ? TaskContextPanel.forCommittee(caseFile, user, work, cases, earlier, featureParts)
                : earlier.of(user, caseId).isEmpty() && featureParts.isEmpty() ? null
                : TaskContextPanel.forSubject(caseFile, user, earlier, featureParts);
        if (context != null) {
            context.getStyle().set("flex", "1 1 22em").set("min-width", "0");
            columns.add(context);
        }
        add(columns);
    }

    /** The holder's follow-up day: when the task should come back in view (the inbox's filter), changed at once. */
    private Component followUpPicker(InboxTask task) {
        DatePicker followUp = DatePickers.localized(new DatePicker(getTranslation("task.followUp")));
        followUp.setId("task-follow-up");
        followUp.setHelperText(getTranslation("task.followUpHelp"));
        followUp.setClearButtonVisible(true);
        if (task.getFollowUpAt() != null) {
            followUp.setValue(VietnamTime.localDate(task.getFollowUpAt()));
        }
        followUp.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                work.followUp(user, taskId, e.getValue());
                followUp.setInvalid(false);
            } catch (FormValidationException invalid) {
                followUp.setErrorMessage(translate(invalid.errors().get(0)));
                followUp.setInvalid(true);
            }
        });
        return followUp;
    }

    /**
     * The case opens beside the task, so what is typed here stays; a subject's contact, who may not open the
     * committee's case, reads its number without a link that would lead nowhere.
     */
    private Component caseReference(InboxTask task, boolean seesCase) {
        if (!seesCase) {
            Paragraph number = new Paragraph(task.getCaseNumber());
            number.setId("case-number");
            return number;
        }
        Anchor caseLink = new Anchor("cases/" + task.getCaseId(), task.getCaseNumber());
        caseLink.setId("case-link");
        caseLink.setTarget(AnchorTarget.BLANK);
        return caseLink;
    }

    /**
     * The form starts from what KTGS knows (a voting body's roster, a returned report), then from the user's own
     * draft; every change is kept as the draft, so leaving the page loses nothing.
     */
    private Span startFromWhatIsKnown(FormDefinition definition) {
        Span status = new Span();
        status.setId("draft-status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Map<String, Object> known = work.startValues(user, taskId);
        form.fill(known);
        Optional<TaskDrafts.Draft> draft = drafts.find(user, taskId);
        if (draft.isPresent()) {
            form.fill(draft.get().values());
            Button discard = new Button(getTranslation("task.draftDiscard"), e -> {
                drafts.discard(user, taskId);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            discard.setId("draft-discard");
            discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            status.add(new Text(getTranslation("task.draftRestored", Formats.dateTime(draft.get().savedAt())) + " "), discard);
        } else if (!known.isEmpty()) {
            status.setText(getTranslation("task.prefilled", definition.inputs().stream().filter(f -> known.containsKey(f.key()))
                    .map(f -> f.label() == null ? f.key() : f.label()).collect(Collectors.joining("; "))));
        }
        form.onChange(() -> {
            drafts.save(user, taskId, form.values());
            status.setText(getTranslation("task.draftSaved", Formats.dateTime(clock.instant())));
        });
        return status;
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

    /** A step that cannot be undone is confirmed first, with what will be recorded; the others complete at once. */
    private void complete() {
        Map<String, Object> values = form.values();
        try {
            if (!work.irreversible(user, taskId)) {
                completeWith(values);
                return;
            }
            List<FieldError> errors = work.check(user, taskId, values);
            if (!errors.isEmpty()) {
                showInvalid(errors);
                return;
            }
        } catch (RuntimeException raced) {
            complete.setEnabled(true);
            if (showChanged(raced)) {
                return;
            }
            throw raced;
        }
        confirm(values);
    }

    private void confirm(Map<String, Object> values) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(getTranslation("task.confirm.header", stepName));
        Div preview = new Div();
        preview.getStyle().set("max-height", "50vh").set("overflow", "auto");
        earlier.describe(definition, values, getLocale()).forEach(line -> {
            Div text = new Div(line.value() == null ? "✓ " + line.label() : line.label() + ": " + line.value());
            text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
            preview.add(text);
        });
        Paragraph warning = new Paragraph(getTranslation("task.confirm.irreversible"));
        warning.getStyle().set("font-weight", "600");
        dialog.add(preview, warning);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("task.confirm.back"));
        Button confirmButton = new Button(getTranslation("task.complete"));
        confirmButton.setId("confirm-complete");
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(confirmButton);
        dialog.addConfirmListener(e -> completeWith(values));
        dialog.addCancelListener(e -> complete.setEnabled(true));
        dialog.open();
    }

    private void showInvalid(List<FieldError> errors) {
        complete.setEnabled(true);
        List<String> other = form.showErrors(errors, this::translate);
        Notification n = Notification.show(getTranslation("form.invalid") + (other.isEmpty() ? "" : " " + String.join("; ", other)),
                6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void completeWith(Map<String, Object> values) {
        try {
            work.complete(user, taskId, values);
        } catch (FormValidationException invalid) {
            showInvalid(invalid.errors());
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
                .map(s -> getTranslation("task.nextStep", s.name(getLocale()),
                        s.assigneeName() == null ? getTranslation("task.nextUnclaimed") : s.assigneeName(), Formats.dateTime(s.dueAt())))
                .collect(Collectors.joining("; ")));
    }

    private String translate(FieldError error) {
        return getTranslation(error.messageKey(), error.args().toArray());
    }
}
