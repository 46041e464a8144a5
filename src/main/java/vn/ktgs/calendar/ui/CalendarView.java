package vn.ktgs.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.TextStyle;
import java.util.Locale;
import vn.ktgs.kernel.DatePickers;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.calendar.AdjustmentKind;
import vn.ktgs.calendar.CalendarService;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;

/** Administrators see a year's days off (computed holidays, compensatory days) and add the government's adjustments. */
@Route("admin/calendar")
@PageTitle("KTGS – Lịch làm việc")
@Menu(order = 52, title = "nav.calendar", icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout {

    final IntegerField year = new IntegerField();
    final Grid<CalendarService.Day> days = new Grid<>();
    final DatePicker day = DatePickers.localized(new DatePicker());
    final RadioButtonGroup<AdjustmentKind> kind = new RadioButtonGroup<>();
    final TextField reason = new TextField();
    final Button add = new Button();
    final Grid<AuditEntry> history = new Grid<>();
    private final CalendarService calendar;
    private final KtgsUser user;
    private final Clock clock;

    CalendarView(CalendarService calendar, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.user = currentUser.get();
        year.setLabel(getTranslation("calendar.year"));
        year.setStepButtonsVisible(true);
        year.setValue(VietnamTime.localDate(clock.instant()).getYear());
        year.setId("calendar-year");
        year.addValueChangeListener(e -> refresh());
        days.setId("calendar-days");
        days.setAllRowsVisible(true);
        days.addColumn(d -> Formats.date(d.date()) + " (" + d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + ")")
                .setHeader(getTranslation("calendar.day")).setAutoWidth(true);
        days.addColumn(d -> getTranslation("calendar.kind." + d.kind())).setHeader(getTranslation("calendar.kind")).setAutoWidth(true);
        days.addColumn(CalendarService.Day::name).setHeader(getTranslation("calendar.name")).setFlexGrow(2);
        days.addComponentColumn(d -> {
            Button remove = new Button(getTranslation("calendar.remove"), e -> {
                calendar.remove(user, d.adjustmentId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setVisible(d.adjustmentId() != null);
            return remove;
        });
        day.setLabel(getTranslation("calendar.day"));
        day.setLocale(new Locale("vi", "VN"));
        day.setId("adjustment-day");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(AdjustmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k));
        kind.setId("adjustment-kind");
        reason.setLabel(getTranslation("calendar.reason"));
        reason.setMaxLength(500);
        reason.setWidth("30em");
        reason.setId("adjustment-reason");
        add.setText(getTranslation("calendar.add"));
        add.setId("adjustment-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addAdjustment());
        history.setId("calendar-history");
        history.setAllRowsVisible(true);
        history.addColumn(a -> Formats.dateTime(a.getAt())).setHeader(getTranslation("case.when")).setAutoWidth(true);
        history.addColumn(AuditEntry::getActor).setHeader(getTranslation("case.who")).setAutoWidth(true);
        history.addColumn(AuditEntry::getAction).setAutoWidth(true);
        history.addColumn(AuditEntry::getDetail).setHeader(getTranslation("case.what")).setFlexGrow(2);
        HorizontalLayout form = new HorizontalLayout(day, kind, reason, add);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("nav.calendar")), year, days, new H3(getTranslation("calendar.adjust")), form,
                new H3(getTranslation("calendar.history")), history);
        refresh();
    }

    private void addAdjustment() {
        try {
            calendar.add(user, day.getValue(), kind.getValue(), reason.getValue());
        } catch (FormValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                String message = getTranslation(error.messageKey(), error.args().toArray());
                switch (error.field()) {
                    case "day" -> { day.setErrorMessage(message); day.setInvalid(true); }
                    case "kind" -> { kind.setErrorMessage(message); kind.setInvalid(true); }
                    default -> { reason.setErrorMessage(message); reason.setInvalid(true); }
                }
            }
            Notification.show(getTranslation("form.invalid"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        day.clear();
        kind.clear();
        reason.clear();
        refresh();
    }

    private void refresh() {
        if (year.getValue() != null && year.getValue() >= 1900 && year.getValue() <= 2200) {
            days.setItems(calendar.year(year.getValue()));
        }
        history.setItems(calendar.history());
    }
}
