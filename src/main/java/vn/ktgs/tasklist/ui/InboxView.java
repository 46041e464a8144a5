package vn.ktgs.tasklist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.ModelTexts;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxFilter;
import vn.ktgs.tasklist.InboxItem;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.SavedFilter;
import vn.ktgs.tasklist.SavedFilters;
import vn.ktgs.tasklist.TaskAssignments;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * The user's work: tasks assigned to them and offered to their groups. One search box (tone marks optional), filters
 * by whose, how soon due and procedure, every column sortable; a step opens from its name; unclaimed tasks are taken
 * from here, and chairs and team leads give selected tasks to someone else with a reason.
 */
@Route("inbox")
@RouteAlias("")
@PageTitle("KTGS – Hộp công việc")
@Menu(order = 0, title = "nav.inbox", icon = "vaadin:inbox")
@PermitAll
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    /** Query parameter: the id of a saved filter to open the inbox with (the menu's entries). */
    static final String FILTER_PARAMETER = "filter";

    /** The processes a filter offers, in the order a committee meets them. */
    static final List<String> PROCESSES = List.of("inspection-violation", "inspection-compliance", "inspection-finance",
            "inspection-discipline-work", "supervision-thematic", "sign-review", "remediation-followup", "discipline-review",
            "denunciation", "discipline-complaint", "asset-verification", "deadline-extension");

    final Grid<InboxItem> grid = new Grid<>();
    private final InboxService inbox;
    private final TaskWorkService work;
    private final TaskAssignments assignments;
    private final KtgsUser user;
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private InboxFilter filter = InboxFilter.everything();
    private final SavedFilters savedFilters;
    private final TextField search = new TextField();
    private final Select<InboxFilter.Scope> scope = new Select<>();
    private final Select<InboxFilter.Due> due = new Select<>();
    private final ComboBox<String> process = new ComboBox<>();
    private final ComboBox<SavedFilters.Listed> saved = new ComboBox<>();
    private final Button deleteSaved = new Button();
    /** While the controls are set from a saved filter, their changes are not separate filters. */
    private boolean settingControls;

    InboxView(InboxService inbox, TaskWorkService work, TaskAssignments assignments, SavedFilters savedFilters, CurrentUser currentUser,
              LiveInboxes live) {
        this.savedFilters = savedFilters;
        this.inbox = inbox;
        this.work = work;
        this.assignments = assignments;
        this.user = currentUser.get();
        setSizeFull();
        count.setId("inbox-count");
        empty.setId("inbox-empty");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        configureGrid();
        add(new H2(getTranslation("inbox.title")), filters(), savedFilterBar(), actions(), empty, grid);
        refresh();
        // work given, taken or done elsewhere shows here at once (Vaadin push), while the page is open
        addAttachListener(e -> {
            Runnable unregister = live.register(e.getUI(), user, this::refreshKeepingSelection);
            addDetachListener(d -> unregister.run());
        });
    }

    /** A live refresh: the rows and the count anew; what the user ticked stays ticked (the rows are values). */
    private void refreshKeepingSelection() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(FILTER_PARAMETER).ifPresent(id ->
                savedFilters.of(user).stream().filter(f -> String.valueOf(f.id()).equals(id)).findFirst().ifPresent(saved::setValue));
    }

    /** The saved filters (the user's and those shared with the committee), each with its count; save and delete. */
    private Component savedFilterBar() {
        saved.setId("inbox-saved");
        saved.setPlaceholder(getTranslation("inbox.savedFilters"));
        saved.setItemLabelGenerator(f -> f.name() + " (" + f.count() + ")" + (f.shared() ? " · " + getTranslation("inbox.shared") : ""));
        saved.setItems(savedFilters.of(user));
        saved.setClearButtonVisible(true);
        saved.getStyle().set("flex", "1 1 20em");
        saved.addValueChangeListener(e -> {
            deleteSaved.setEnabled(e.getValue() != null && e.getValue().mine());
            if (e.getValue() != null) {
                show(e.getValue().filter());
            }
        });
        Button save = new Button(getTranslation("inbox.saveFilter"), e -> saveDialog());
        save.setId("inbox-save-filter");
        deleteSaved.setText(getTranslation("inbox.deleteFilter"));
        deleteSaved.setId("inbox-delete-filter");
        deleteSaved.setEnabled(false);
        deleteSaved.addClickListener(e -> {
            savedFilters.delete(user, saved.getValue().id());
            saved.setItems(savedFilters.of(user));
        });
        FlexLayout bar = new FlexLayout(saved, save, deleteSaved);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private void saveDialog() {
        Dialog dialog = new Dialog(getTranslation("inbox.saveFilter"));
        dialog.setId("save-filter-dialog");
        TextField name = new TextField(getTranslation("inbox.filterName"));
        name.setId("save-filter-name");
        name.setWidthFull();
        name.setMaxLength(100);
        Checkbox share = new Checkbox(getTranslation("inbox.shareFilter"));
        share.setId("save-filter-share");
        share.setVisible(SavedFilters.mayShare(user));
        Button ok = new Button(getTranslation("inbox.saveFilter"), e -> {
            try {
                SavedFilter kept = savedFilters.save(user, name.getValue(), filter, share.getValue());
                dialog.close();
                List<SavedFilters.Listed> all = savedFilters.of(user);
                saved.setItems(all);
                settingControls = true;
                all.stream().filter(f -> f.id() == kept.getId()).findFirst().ifPresent(saved::setValue);
                settingControls = false;
                // the menu shows the new filter at the next navigation; reload it now
                getUI().ifPresent(ui -> ui.navigate(InboxView.class, QueryParameters.of(FILTER_PARAMETER, String.valueOf(kept.getId()))));
            } catch (FormValidationException invalid) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(invalid.errors().get(0).messageKey(), invalid.errors().get(0).args().toArray()));
            }
        });
        ok.setId("save-filter-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, share));
        dialog.getFooter().add(new Button(getTranslation("task.confirm.back"), e -> dialog.close()), ok);
        dialog.setWidth("min(30em, 95vw)");
        dialog.open();
    }

    /** Sets the controls to a saved filter and applies it at once. */
    private void show(InboxFilter f) {
        settingControls = true;
        search.setValue(f.search() == null ? "" : f.search());
        scope.setValue(f.scope());
        due.setValue(f.due());
        process.setValue(f.processKey());
        settingControls = false;
        grid.sort(List.of());
        apply(f);
    }

    private Component filters() {
        search.setId("inbox-search");
        search.setPlaceholder(getTranslation("inbox.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.getStyle().set("flex", "3 1 22em");
        search.addValueChangeListener(e -> apply(filter.withSearch(e.getValue())));

        scope.setId("inbox-scope");
        scope.setItems(InboxFilter.Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("inbox.scope." + s.name()));
        scope.setValue(InboxFilter.Scope.ALL);
        scope.addValueChangeListener(e -> apply(filter.withScope(e.getValue())));

        due.setId("inbox-due");
        due.setItems(InboxFilter.Due.values());
        due.setItemLabelGenerator(d -> getTranslation("inbox.due." + d.name()));
        due.setValue(InboxFilter.Due.ANY);
        due.addValueChangeListener(e -> apply(filter.withDue(e.getValue())));

        process.setId("inbox-process");
        process.setPlaceholder(getTranslation("inbox.anyProcess"));
        process.setItems(PROCESSES);
        process.setItemLabelGenerator(key -> getTranslation("process." + key));
        process.setClearButtonVisible(true);
        process.getStyle().set("flex", "1 1 16em");
        process.addValueChangeListener(e -> apply(filter.withProcess(e.getValue())));

        FlexLayout bar = new FlexLayout(search, scope, due, process, count);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    /** Taking selected tasks, and for chairs and team leads, giving them to someone. */
    private Component actions() {
        Button claim = new Button(getTranslation("inbox.claimSelected"), e -> claimSelected());
        claim.setId("inbox-claim-selected");
        FlexLayout bar = new FlexLayout(claim);
        if (TaskAssignments.mayReassignSome(user)) {
            Button assign = new Button(getTranslation("inbox.assignSelected"), e -> assignSelected());
            assign.setId("inbox-assign-selected");
            bar.add(assign);
        }
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return bar;
    }

    private void configureGrid() {
        grid.setId("inbox-grid");
        // on a phone the filters take the screen's height: the page scrolls to a grid that still shows rows
        grid.setMinHeight("24rem");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(InboxItem::caseNumber).setHeader(getTranslation("inbox.case")).setKey(InboxFilter.Sort.CASE.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxItem::subjectName).setHeader(getTranslation("inbox.subject")).setKey(InboxFilter.Sort.SUBJECT.name())
                .setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(this::stepLink).setHeader(getTranslation("inbox.step")).setKey(InboxFilter.Sort.STEP.name())
                .setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(this::dueBadge).setHeader(getTranslation("inbox.due")).setKey(InboxFilter.Sort.DUE.name())
                .setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(this::holder).setHeader(getTranslation("inbox.assignee")).setKey(InboxFilter.Sort.ASSIGNEE.name())
                .setSortable(true).setFlexGrow(1);
        grid.setMultiSort(false);
        grid.setItems(q -> {
            if (!q.getSortOrders().isEmpty()) { // the order clicked is part of the filter a user saves
                filter = filter.sortedBy(InboxFilter.Sort.valueOf(q.getSortOrders().get(0).getSorted()),
                        q.getSortOrders().get(0).getDirection() == SortDirection.DESCENDING);
            }
            return inbox.inbox(user, filter, q.getOffset(), q.getLimit()).stream();
        }, q -> (int) inbox.count(user, filter));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
    }

    /** The step's name opens it: a row says what to do, and a click does it. */
    private Component stepLink(InboxItem item) {
        Anchor step = new Anchor("task/" + item.taskId(), stepName(item));
        step.setId("inbox-step-" + item.taskId());
        step.getElement().setAttribute("data-case", item.caseNumber());
        if (item.detail() == null) {
            return step;
        }
        // two tasks of one step on one case (two requirements) differ by what they are about
        Span detail = new Span(item.detail());
        detail.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return new Div(step, detail);
    }

    private String stepName(InboxItem item) {
        return ModelTexts.stepName(item.processKey(), item.taskKey(), item.taskName(), getLocale());
    }

    private Component holder(InboxItem item) {
        if (!item.offered()) {
            Span holder = new Span(item.assigneeName());
            if (item.standIn()) {
                Span mark = new Span(getTranslation("inbox.standIn"));
                mark.getElement().getThemeList().add("badge contrast small");
                mark.getStyle().set("margin-left", "var(--lumo-space-xs)");
                holder.add(mark);
            }
            return holder;
        }
        Button take = new Button(getTranslation("inbox.claim"), e -> {
            try {
                work.claim(user, item.taskId());
                Notification.show(getTranslation("inbox.claimed", stepName(item)), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException taken) { // taken by someone else meanwhile
                Notification.show(getTranslation("inbox.claimedSome", 0, 1), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
            refresh();
        });
        take.setId("inbox-claim-" + item.taskId());
        take.addThemeVariants(ButtonVariant.LUMO_SMALL);
        take.setTooltipText(getTranslation("inbox.unclaimed"));
        return take;
    }

    private void claimSelected() {
        Set<InboxItem> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("inbox.selectFirst"), 4000, Notification.Position.MIDDLE);
            return;
        }
        int taken = 0;
        for (InboxItem item : selected) {
            try {
                if (item.offered()) {
                    work.claim(user, item.taskId());
                    taken++;
                }
            } catch (RuntimeException lost) {
                // taken by someone else meanwhile: counted below
            }
        }
        Notification.show(getTranslation("inbox.claimedSome", taken, selected.size() - taken), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(taken == selected.size() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private void assignSelected() {
        List<String> selected = grid.getSelectedItems().stream().map(InboxItem::taskId).toList();
        if (selected.isEmpty()) {
            Notification.show(getTranslation("inbox.selectFirst"), 4000, Notification.Position.MIDDLE);
            return;
        }
        new ReassignDialog(assignments, user, selected, this::refresh).open();
    }

    private void open(InboxItem item) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, item.taskId()));
    }

    private void apply(InboxFilter changed) {
        if (settingControls) {
            return;
        }
        filter = changed;
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        long total = inbox.count(user, filter);
        count.setText(getTranslation("inbox.count", total));
        boolean filtered = !filter.equals(InboxFilter.everything().sortedBy(filter.sort(), filter.descending()));
        empty.setText(total > 0 ? "" : getTranslation(filtered ? "inbox.emptyFiltered" : "inbox.empty"));
        empty.setVisible(total == 0);
    }

    private Component dueBadge(InboxItem item) {
        Span due = new Span(Formats.dateTime(item.dueAt()) + timeLeft(item));
        if (item.overdue()) {
            due.getElement().getThemeList().add("badge error");
        }
        if (item.dueRule() != null) {
            due.setTitle(getTranslation("inbox.rule", item.dueRule()));
        }
        if (item.followUpAt() == null) {
            return due;
        }
        // the holder's own follow-up day, beside the regulation's due date
        Span followUp = new Span(getTranslation("inbox.followUpOn", Formats.date(item.followUpAt())));
        followUp.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new Div(due, followUp);
    }

    private String timeLeft(InboxItem item) {
        if (item.workingDaysLeft() == null) {
            return "";
        }
        if (item.overdue()) {
            return " · " + getTranslation("inbox.overdueDays", Math.max(1, -item.workingDaysLeft()));
        }
        return " · " + getTranslation("inbox.daysLeft", item.workingDaysLeft());
    }
}
