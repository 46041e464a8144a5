package vn.ktgs.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.supervision.*;
import vn.ktgs.tasklist.ui.FormRenderers;

/**
 * "Giám sát thường xuyên": the committee's observations with filters, its signs of violation of a year with the
 * chair's decisions, and the province's two measures on signs (found proactively > 15%, inspected 100%).
 */
@Route("supervision")
@PageTitle("KTGS – Giám sát thường xuyên")
@Menu(order = 21, title = "nav.supervision", icon = "vaadin:eye")
@RolesAllowed({"INSPECTOR", "TEAM_LEAD", "COMMITTEE_MEMBER", "CHAIR", "DEPUTY_CHAIR"})
public class SupervisionView extends VerticalLayout {

    final ComboBox<Integer> year = new ComboBox<>();
    final Paragraph proactive = new Paragraph();
    final Paragraph inspected = new Paragraph();
    final Paragraph bySource = new Paragraph();
    final ComboBox<ObservationKind> kind = new ComboBox<>();
    final DatePicker from = DatePickers.localized(new DatePicker());
    final DatePicker to = DatePickers.localized(new DatePicker());
    final TextField text = new TextField();
    final Grid<ObservationRow> observations = new Grid<>();
    final SignsGrid signs;
    final Button recordObservation = new Button();
    final Button recordSign = new Button();

    private final KtgsUser user;
    private final ObservationService observationService;
    private final SignService signService;
    private final Clock clock;

    SupervisionView(ObservationService observationService, SignService signService, SignDecisions decisions,
                    FormRenderers renderers, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.user = currentUser.get();
        this.observationService = observationService;
        this.signService = signService;
        setMaxWidth("90em");
        int thisYear = VietnamTime.localDate(clock.instant()).getYear();
        year.setId("signs-year");
        year.setLabel(getTranslation("supervision.year"));
        year.setItems(IntStream.rangeClosed(0, 5).map(i -> thisYear + 1 - i).boxed().toList());
        year.setValue(thisYear);
        proactive.setId("signs-proactive");
        inspected.setId("signs-inspected");
        bySource.setId("signs-by-source");
        signs = new SignsGrid(user, decisions, this::refreshSigns);
        recordObservation.setText(getTranslation("supervision.recordObservation"));
        recordObservation.setId("record-observation");
        recordObservation.addClickListener(e -> new RecordDialog(getTranslation("supervision.recordObservation"),
                renderers, user, observationService.form(), values -> observationService.record(user, values), this::refreshAll).open());
        recordSign.setText(getTranslation("supervision.recordSign"));
        recordSign.setId("record-sign");
        recordSign.addClickListener(e -> new RecordDialog(getTranslation("supervision.recordSign"),
                renderers, user, signService.signForm(), values -> signService.record(user, values), this::refreshAll).open());
        year.addValueChangeListener(e -> refreshSigns());
        add(new H2(getTranslation("supervision.heading")), new HorizontalLayout(recordObservation, recordSign),
                new H3(getTranslation("supervision.signs")), new Paragraph(getTranslation("supervision.explain")),
                year, proactive, inspected, bySource, signs,
                new H3(getTranslation("supervision.observations")), filters(), observationsGrid());
        refreshAll();
    }

    private HorizontalLayout filters() {
        kind.setId("observation-kind");
        kind.setLabel(getTranslation("supervision.kind"));
        kind.setItems(ObservationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("observation." + k.name()));
        kind.setClearButtonVisible(true);
        from.setId("observation-from");
        from.setLabel(getTranslation("supervision.from"));
        to.setId("observation-to");
        to.setLabel(getTranslation("supervision.to"));
        text.setId("observation-text");
        text.setLabel(getTranslation("supervision.text"));
        text.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> refreshObservations());
        from.addValueChangeListener(e -> refreshObservations());
        to.addValueChangeListener(e -> refreshObservations());
        text.addValueChangeListener(e -> refreshObservations());
        return new HorizontalLayout(kind, from, to, text);
    }

    private Grid<ObservationRow> observationsGrid() {
        observations.setId("observations");
        observations.setAllRowsVisible(true);
        observations.addColumn(o -> Formats.date(o.observedOn())).setHeader(getTranslation("supervision.date")).setAutoWidth(true);
        observations.addColumn(o -> getTranslation("observation." + o.kind().name())).setHeader(getTranslation("supervision.kind")).setAutoWidth(true);
        observations.addColumn(ObservationRow::subjectName).setHeader(getTranslation("inbox.subject")).setFlexGrow(1);
        observations.addColumn(ObservationRow::content).setHeader(getTranslation("case.content")).setFlexGrow(3);
        observations.addComponentColumn(this::document).setHeader(getTranslation("case.documents")).setAutoWidth(true);
        observations.addColumn(ObservationRow::recordedBy).setHeader(getTranslation("case.who")).setAutoWidth(true);
        return observations;
    }

    private Component document(ObservationRow o) {
        if (o.documentName() == null) {
            return new Span();
        }
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(observationService.document(user, o.id())), o.documentName(),
                o.documentType(), -1)), o.documentName());
        link.setRouterIgnore(true);
        return link;
    }

    private void refreshAll() {
        refreshSigns();
        refreshObservations();
    }

    private void refreshObservations() {
        observations.setItems(observationService.search(user, new ObservationService.Filter(kind.getValue(), from.getValue(),
                to.getValue(), text.getValue()), 0, 500));
    }

    private void refreshSigns() {
        int y = year.getValue() == null ? VietnamTime.localDate(clock.instant()).getYear() : year.getValue();
        List<ViolationSign> ofYear = signService.ofYear(user, y);
        SignShares.Figures f = SignShares.of(ofYear); // one read of the year's signs for the figures and the list
        proactive.setText(getTranslation("supervision.proactive", percent(f.proactiveShare()), f.proactive(), f.total(),
                percent(OptionalDouble.of(SignShares.PROACTIVE_TARGET))));
        proactive.getStyle().set("color", f.proactiveBelowTarget() ? "var(--lumo-error-text-color)" : "inherit");
        inspected.setText(getTranslation("supervision.inspected", percent(f.inspectedShare()), f.inspected(),
                f.inspected() + f.awaiting(), f.dismissed(), percent(OptionalDouble.of(SignShares.INSPECTED_TARGET))));
        inspected.getStyle().set("color", f.inspectedBelowTarget() ? "var(--lumo-error-text-color)" : "inherit");
        bySource.setText(getTranslation("supervision.bySource") + " " + String.join("; ", f.bySource().entrySet().stream()
                .map(e -> getTranslation("source." + e.getKey().name()) + ": " + e.getValue()).toList()));
        signs.show(ofYear);
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.ROOT, "%.1f%%", share.getAsDouble() * 100) : "–";
    }
}
