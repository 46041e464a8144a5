package vn.ktgs.discipline.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.*;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.discipline.DisciplineAuthority;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineSubjectKind;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.CurrentUser;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.OrgLevel;

/**
 * The authority matrix (procedures.md §3): one line per deciding body level and subject kind, one box per form.
 * Chairs read it; a province or central administrator ticks and unticks boxes, each change audited below.
 */
@Route("admin/discipline-authority")
@PageTitle("KTGS – Thẩm quyền kỷ luật")
@Menu(order = 53, title = "nav.disciplineAuthority", icon = "vaadin:scale")
@RolesAllowed({"ADMIN", "CHAIR", "DEPUTY_CHAIR"})
public class DisciplineAuthorityView extends VerticalLayout {

    /** One row of the matrix. */
    record Row(OrgLevel level, DisciplineSubjectKind kind) {
    }

    final Div matrix = new Div();
    final Grid<AuditEntry> history = new Grid<>();
    final Map<String, Checkbox> boxes = new HashMap<>();
    private final DisciplineAuthority authority;
    private final Set<String> granted = new HashSet<>();

    DisciplineAuthorityView(DisciplineAuthority authority, CurrentUser currentUser) {
        this.authority = authority;
        authority.entries().forEach(e -> granted.add(e.getBodyLevel() + "/" + e.getSubjectKind() + "/" + e.getForm()));
        KtgsUser user = currentUser.get();
        setSizeFull();
        matrix.setId("authority-grid");
        matrix.getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, auto)").set("gap", "var(--lumo-space-s)");
        matrix.add(new Span(getTranslation("discipline.authority.body")), new Span(getTranslation("discipline.authority.subject")));
        for (DisciplineForm form : DisciplineForm.values()) {
            matrix.add(new Span(getTranslation(form.labelKey())));
        }
        for (OrgLevel level : OrgLevel.values()) {
            for (DisciplineSubjectKind kind : DisciplineSubjectKind.values()) {
                matrix.add(new Span(getTranslation("level." + level)), new Span(getTranslation("discipline.subject." + kind)));
                for (DisciplineForm form : DisciplineForm.values()) {
                    matrix.add(box(new Row(level, kind), form, user));
                }
            }
        }
        history.setId("authority-history");
        history.setAllRowsVisible(true);
        history.addColumn(a -> Formats.dateTime(a.getAt())).setHeader(getTranslation("case.when")).setAutoWidth(true);
        history.addColumn(AuditEntry::getActor).setHeader(getTranslation("case.who")).setAutoWidth(true);
        history.addColumn(AuditEntry::getAction).setAutoWidth(true);
        history.addColumn(AuditEntry::getDetail).setHeader(getTranslation("case.what")).setFlexGrow(3);
        add(new H2(getTranslation("nav.disciplineAuthority")), new Paragraph(getTranslation("discipline.authority.note")), matrix,
                new H3(getTranslation("calendar.history")), history);
        history.setItems(authority.history());
    }

    private Checkbox box(Row r, DisciplineForm form, KtgsUser user) {
        String key = r.level() + "/" + r.kind() + "/" + form;
        Checkbox box = new Checkbox(granted.contains(key));
        box.setId("authority-" + r.level() + "-" + r.kind() + "-" + form);
        box.setEnabled(user.isEngineAdmin() && form.appliesTo(r.kind()));
        box.getStyle().set("visibility", form.appliesTo(r.kind()) ? "visible" : "hidden");
        box.addValueChangeListener(e -> {
            authority.set(user, r.level(), r.kind(), form, e.getValue());
            history.setItems(authority.history());
        });
        boxes.put(key, box);
        return box;
    }
}
