package vn.ktgs.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.*;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.programme.*;
import vn.ktgs.programme.ProgrammeProgress.Coverage;
import vn.ktgs.programme.ProgrammeProgress.QuarterProgress;

/**
 * A committee's programmes: draft, edit items, approve (chair), start cases from items, and live progress
 * against the coverage quotas with a warning for every quarter that is behind.
 */
@Route("programmes")
@PageTitle("KTGS – Chương trình kiểm tra, giám sát")
@Menu(order = 20, title = "nav.programmes", icon = "vaadin:calendar-briefcase")
// the roles ProgrammeService lets draft and start programmes: a contact or an administrator would find the page empty
@RolesAllowed({"CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class ProgrammeView extends VerticalLayout {

    final ComboBox<Organization> committee = new ComboBox<>();
    final Grid<Programme> list = new Grid<>();
    final Button create = new Button();
    final VerticalLayout detail = new VerticalLayout();
    final Paragraph status = new Paragraph();
    final Button approve = new Button();
    final Grid<ProgrammeItem> items = new Grid<>();
    final Button add = new Button();
    final Button edit = new Button();
    final Button remove = new Button();
    final Button start = new Button();
    final Paragraph orgCoverage = new Paragraph();
    final Paragraph memberCoverage = new Paragraph();
    final Grid<QuarterProgress> quarters = new Grid<>();
    final Div warnings = new Div();
    final Div history = new Div();

    private final ProgrammeService programmes;
    private final ProgrammeItemStarter starter;
    private final ProgrammeCoverage coverage;
    private final OrganizationService organizations;
    private final CaseService cases;
    private final KtgsUser user;
    private Programme current;
    /** The case numbers of the shown items' cases, read at once with the items. */
    private Map<Long, String> caseNumbers = Map.of();
    /** The full names of the shown items' leads, read at once with the items. */
    private Map<String, String> leadNames = Map.of();
    private final UserDirectory directory;
    private final Clock clock;

    ProgrammeView(ProgrammeService programmes, ProgrammeItemStarter starter, ProgrammeCoverage coverage, OrganizationService organizations,
                  CaseService cases, CurrentUser currentUser, UserDirectory directory, Clock clock) {
        this.clock = clock;
        this.directory = directory;
        this.programmes = programmes;
        this.starter = starter;
        this.coverage = coverage;
        this.organizations = organizations;
        this.cases = cases;
        this.user = currentUser.get();
        setWidthFull();
        add(new H2(getTranslation("programme.heading")));
        List<Organization> committees = programmes.committeesOf(user);
        if (committees.isEmpty()) {
            add(new Paragraph(getTranslation("programme.noCommittee")));
            return;
        }
        committee.setId("programme-committee");
        committee.setLabel(getTranslation("programme.committee"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(o -> o.getCommitteeName() == null ? o.getName() : o.getCommitteeName());
        committee.setWidth("30em");
        committee.setVisible(committees.size() > 1);
        committee.setValue(committees.get(0));
        committee.addValueChangeListener(e -> showList(null));

        list.setId("programme-list");
        list.setAllRowsVisible(true);
        list.addColumn(Programme::getTitle).setHeader(getTranslation("programme.title")).setFlexGrow(3);
        list.addColumn(p -> getTranslation("programme.kind." + p.getKind())).setHeader(getTranslation("programme.kind"));
        list.addColumn(Programme::period).setHeader(getTranslation("programme.period"));
        list.addColumn(p -> getTranslation("programme.status." + p.getStatus())).setHeader(getTranslation("programme.status"));
        list.addSelectionListener(e -> showDetail(e.getFirstSelectedItem().orElse(null)));
        create.setText(getTranslation("programme.new"));
        create.setId("programme-new");
        create.addClickListener(e -> new NewProgrammeDialog(programmes, user, committee.getValue().getId(),
                VietnamTime.localDate(clock.instant()).getYear(), this::showList).open());

        approve.setText(getTranslation("programme.approve"));
        approve.setId("programme-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> act(() -> {
            programmes.approve(user, current.getId());
            showList(current);
        }));
        status.setId("programme-status");
        buildItems();
        warnings.setId("programme-warnings");
        orgCoverage.setId("programme-orgs");
        memberCoverage.setId("programme-members");
        quarters.setId("programme-quarters");
        quarters.setAllRowsVisible(true);
        quarters.addColumn(q -> q.quarter() + "/" + q.year()).setHeader(getTranslation("programme.quarter"));
        quarters.addColumn(QuarterProgress::planned).setHeader(getTranslation("programme.planned"));
        quarters.addColumn(QuarterProgress::started).setHeader(getTranslation("programme.started"));
        quarters.addColumn(QuarterProgress::orgsCoveredByEnd).setHeader(getTranslation("programme.orgsByEnd"));
        quarters.addColumn(QuarterProgress::membersCoveredByEnd).setHeader(getTranslation("programme.membersByEnd"));
        quarters.addColumn(q -> q.warnings().isEmpty() ? (q.ended() ? getTranslation("programme.onTrack") : "")
                : getTranslation("programme.behind")).setHeader(getTranslation("programme.state"));
        quarters.setPartNameGenerator(q -> q.warnings().isEmpty() ? null : "behind");
        detail.setPadding(false);
        detail.setVisible(false);
        detail.add(new HorizontalLayout(status, approve), items, new HorizontalLayout(add, edit, remove, start),
                new H3(getTranslation("programme.progress")), orgCoverage, memberCoverage, warnings, quarters,
                new H3(getTranslation("programme.history")), history);
        history.setId("programme-history");
        add(committee, list, create, detail);
        showList(null);
    }

    private void buildItems() {
        items.setId("programme-items");
        items.setAllRowsVisible(true);
        items.addColumn(i -> getTranslation("programme.kind." + i.getKind())).setHeader(getTranslation("programme.item.kind"));
        items.addColumn(ProgrammeItem::getSubjectName).setHeader(getTranslation("programme.item.subject")).setFlexGrow(2);
        items.addColumn(ProgrammeItem::getContent).setHeader(getTranslation("programme.item.content")).setFlexGrow(3);
        items.addColumn(i -> i.getQuarterNo() + "/" + i.getPlanYear()).setHeader(getTranslation("programme.quarter"));
        items.addColumn(i -> i.getLeadUsername() == null ? "" : leadNames.getOrDefault(i.getLeadUsername(), i.getLeadUsername()))
                .setHeader(getTranslation("programme.item.lead")).setKey("lead")
                .setTooltipGenerator(ProgrammeItem::getLeadUsername);
        items.addColumn(i -> i.getCaseId() == null ? "" : caseNumbers.getOrDefault(i.getCaseId(), ""))
                .setHeader(getTranslation("programme.item.case"));
        items.addSelectionListener(e -> enableItemButtons());
        add.setText(getTranslation("programme.item.add"));
        add.setId("programme-item-add");
        add.addClickListener(e -> itemDialog(null));
        edit.setText(getTranslation("programme.item.edit"));
        edit.setId("programme-item-edit");
        edit.addClickListener(e -> items.getSelectedItems().stream().findFirst().ifPresent(this::itemDialog));
        remove.setText(getTranslation("programme.item.remove"));
        remove.setId("programme-item-remove");
        remove.addClickListener(e -> items.getSelectedItems().stream().findFirst().ifPresent(this::removeDialog));
        start.setText(getTranslation("programme.item.start"));
        start.setId("programme-item-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> items.getSelectedItems().stream().findFirst().ifPresent(item -> act(() -> {
            CaseFile opened = starter.start(user, item.getId());
            Notification.show(getTranslation("programme.item.startedCase", opened.getCaseNumber()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showDetail(current);
        })));
    }

    private void showList(Programme select) {
        List<Programme> all = programmes.programmesOf(user, committee.getValue().getId());
        list.setItems(all);
        Programme found = select == null ? null : all.stream().filter(p -> p.getId().equals(select.getId())).findFirst().orElse(null);
        if (found != null) {
            list.select(found);
        } else {
            showDetail(null);
        }
    }

    private void showDetail(Programme programme) {
        current = programme == null ? null : programmes.get(user, programme.getId());
        detail.setVisible(current != null);
        if (current == null) {
            return;
        }
        status.setText(getTranslation("programme.status." + current.getStatus()) + (current.isApproved()
                ? " · " + getTranslation("programme.approvedBy", current.getApprovedBy(), Formats.dateTime(current.getApprovedAt()))
                : ""));
        boolean chair = user.getGrants().stream().anyMatch(g -> g.role() == Role.CHAIR && g.orgId() == current.getCommitteeOrgId());
        approve.setVisible(!current.isApproved() && chair);
        List<ProgrammeItem> itemList = programmes.itemsOf(user, current.getId());
        caseNumbers = cases.caseNumbers(itemList.stream().map(ProgrammeItem::getCaseId).filter(Objects::nonNull).toList());
        leadNames = directory.fullNames(itemList.stream().map(ProgrammeItem::getLeadUsername).toList());
        items.setItems(itemList);
        enableItemButtons();
        ProgrammeProgress progress = coverage.progress(user, current.getId());
        orgCoverage.setText(getTranslation("programme.orgsCovered", line(progress.organisations())));
        memberCoverage.setText(getTranslation("programme.membersCovered", line(progress.members())));
        quarters.setItems(progress.quarters());
        warnings.removeAll();
        history.removeAll();
        programmes.history(user, current.getId()).forEach(a -> history.add(new Paragraph(Formats.dateTime(a.getAt())
                + " · " + a.getActor() + " · " + getTranslation("programme.action." + a.getAction()) + ": " + a.getDetail())));
        progress.warnings().forEach(w -> {
            Paragraph p = new Paragraph("⚠ " + getTranslation(w.key(), w.args().toArray()));
            p.getStyle().set("color", "var(--lumo-error-text-color)");
            warnings.add(p);
        });
    }

    /** "3 / 4 (75.0%) – chỉ tiêu 100% (4)" or "– (không có chỉ tiêu)". */
    private String line(Coverage c) {
        String share = c.share().isPresent() ? String.format(Locale.ROOT, "%.1f%%", c.share().getAsDouble()) : "–";
        String quota = c.quotaPct() == null ? getTranslation("programme.noQuota")
                : getTranslation(c.quotaMet() ? "programme.quotaMet" : "programme.quotaNotMet", c.quotaPct(), c.required());
        return c.covered() + " / " + c.total() + " (" + share + ") – " + quota;
    }

    private void enableItemButtons() {
        ProgrammeItem selected = items.getSelectedItems().stream().findFirst().orElse(null);
        boolean editable = selected != null && !selected.isStarted();
        edit.setEnabled(editable);
        remove.setEnabled(editable);
        start.setEnabled(editable && current != null && current.isApproved());
    }

    private void itemDialog(ProgrammeItem existing) {
        new ProgrammeItemDialog(programmes, organizations, user, current, organizations.byId(current.getCommitteeOrgId()),
                existing, () -> showDetail(current)).open();
    }

    private void removeDialog(ProgrammeItem item) {
        if (!current.isApproved()) {
            act(() -> {
                programmes.removeItem(user, current.getId(), item.getId(), null);
                showDetail(current);
            });
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("programme.item.removeTitle", item.getSubjectName()));
        TextField reason = new TextField(getTranslation("programme.item.reason"));
        reason.setId("remove-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("programme.item.remove"), e -> {
            try {
                programmes.removeItem(user, current.getId(), item.getId(), reason.getValue());
                dialog.close();
                showDetail(current);
            } catch (FormValidationException invalid) {
                FieldErrors.show(this, invalid, Map.of("reason", reason));
            }
        });
        confirm.setId("remove-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("programme.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs a change; refusals become a translated notification and nothing on the page is lost. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (FormValidationException invalid) {
            Notification.show(String.join("; ", FieldErrors.show(this, invalid, Map.of())), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException denied) {
            Notification.show(getTranslation("programme.denied"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
