package vn.ktgs.remediation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.remediation.OnTimeShare.Row;
import vn.ktgs.remediation.OnTimeShare;

/** The share of conclusion notices remediated on time, per committee in the user's scope, for a year or quarter. */
@Route("remediation/on-time")
@PageTitle("KTGS – Khắc phục đúng hạn")
@Menu(order = 40, title = "nav.onTime", icon = "vaadin:chart")
// every committee role (a subject's contact person has no committee scope, so the page would be empty for them)
@RolesAllowed({"ADMIN", "LOCAL_ADMIN", "CLERK", "INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class OnTimeShareView extends VerticalLayout {

    final ComboBox<Integer> year = new ComboBox<>();
    final ComboBox<Integer> quarter = new ComboBox<>();
    final Grid<Row> grid = new Grid<>();
    final Paragraph total = new Paragraph();

    private final Clock clock;

    OnTimeShareView(OnTimeShare shares, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        KtgsUser user = currentUser.get();
        setSizeFull();
        int thisYear = VietnamTime.localDate(clock.instant()).getYear();
        year.setId("ontime-year");
        year.setLabel(getTranslation("ontime.year"));
        year.setItems(IntStream.rangeClosed(0, 5).map(i -> thisYear + 1 - i).boxed().toList());
        year.setValue(thisYear);
        quarter.setId("ontime-quarter");
        quarter.setLabel(getTranslation("ontime.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("ontime.q" + q));
        quarter.setPlaceholder(getTranslation("ontime.wholeYear"));
        quarter.setClearButtonVisible(true);
        grid.setId("ontime-grid");
        grid.addColumn(Row::committee).setHeader(getTranslation("ontime.committee")).setFlexGrow(2);
        grid.addColumn(Row::onTime).setHeader(getTranslation("ontime.onTime"));
        grid.addColumn(Row::late).setHeader(getTranslation("ontime.late"));
        grid.addColumn(Row::openOverdue).setHeader(getTranslation("ontime.openOverdue"));
        grid.addColumn(this::percent).setHeader(getTranslation("ontime.share"));
        grid.addColumn(Row::notYetDue).setHeader(getTranslation("ontime.notYetDue"));
        grid.setPartNameGenerator(r -> r.belowTarget() ? "below-target" : null);
        total.setId("ontime-total");
        Runnable refresh = () -> {
            int y = year.getValue() == null ? thisYear : year.getValue();
            LocalDate from = quarter.getValue() == null ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 3 * quarter.getValue() - 2, 1);
            LocalDate to = quarter.getValue() == null ? LocalDate.of(y, 12, 31) : from.plusMonths(3).minusDays(1);
            List<Row> rows = shares.byCommittee(user, from, to);
            grid.setItems(rows);
            Row all = OnTimeShare.total("", rows);
            total.setText(getTranslation("ontime.total", percent(all), all.counted(),
                    String.format(Locale.ROOT, "%.0f%%", OnTimeShare.TARGET * 100)));
        };
        year.addValueChangeListener(e -> refresh.run());
        quarter.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H2(getTranslation("ontime.heading")), new Paragraph(getTranslation("ontime.explain")),
                new HorizontalLayout(year, quarter), total, grid);
    }

    private String percent(Row row) {
        return row.share().isPresent() ? String.format(Locale.ROOT, "%.1f%%", row.share().getAsDouble() * 100) : "–";
    }
}
