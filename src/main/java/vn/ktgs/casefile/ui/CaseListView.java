package vn.ktgs.casefile.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/** Cases of the user's committees, searchable by number, subject or title, filtered by status. */
@Route("cases")
@PageTitle("KTGS – Hồ sơ")
@Menu(order = 10, title = "nav.cases", icon = "vaadin:folder-open")
// every committee role: a subject's contact person has no committee scope, so the page would be empty for them
@RolesAllowed({"ADMIN", "LOCAL_ADMIN", "CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class CaseListView extends VerticalLayout {

    final TextField search = new TextField();
    final ComboBox<CaseStatus> status = new ComboBox<>();
    final Grid<CaseFile> grid = new Grid<>();

    CaseListView(CaseService cases, CurrentUser currentUser) {
        KtgsUser user = currentUser.get();
        setSizeFull();
        search.setPlaceholder(getTranslation("cases.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("case-search");
        status.setPlaceholder(getTranslation("cases.status"));
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        grid.setId("case-grid");
        grid.addColumn(CaseFile::getCaseNumber).setHeader(getTranslation("inbox.case")).setAutoWidth(true);
        grid.addColumn(CaseFile::getSubjectName).setHeader(getTranslation("inbox.subject")).setFlexGrow(2);
        grid.addColumn(CaseFile::getTitle).setHeader(getTranslation("cases.title")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("status." + c.getStatus().name())).setHeader(getTranslation("cases.status"));
        grid.addColumn(c -> Formats.date(c.getOpenedAt())).setHeader(getTranslation("cases.opened"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().getId())));
        Runnable refresh = () -> grid.setItems(
                q -> cases.search(user, search.getValue(), status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) cases.count(user, search.getValue(), status.getValue()));
        search.addValueChangeListener(e -> refresh.run());
        status.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H2(getTranslation("cases.heading")), new HorizontalLayout(search, status), grid);
    }
}
