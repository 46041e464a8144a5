package vn.ktgs.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.casefile.CaseProgress;
import vn.ktgs.casefile.CaseProgress.Progress;
import vn.ktgs.casefile.CaseProgress.State;
import vn.ktgs.casefile.CaseProgress.Step;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;

/**
 * The case's progress after its open steps: a checklist of the steps done (when, by whom), open (due, holder) and to
 * come (who takes them, and whether only on some outcome), then the process diagram with the path taken.
 */
@org.springframework.stereotype.Component
@Order(-9)
class ProgressSection implements CaseFileSection {

    private final CaseProgress progress;

    ProgressSection(CaseProgress progress) {
        this.progress = progress;
    }

    @Override
    public String titleKey() {
        return "progress.title";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        return progress.of(user, caseFile, UI.getCurrent() == null ? null : UI.getCurrent().getLocale()).map(this::render);
    }

    private Component render(Progress p) {
        Div section = new Div();
        section.setWidthFull();
        UnorderedList checklist = new UnorderedList();
        checklist.setId("case-checklist");
        checklist.getStyle().set("list-style", "none").set("padding-left", "0");
        for (Step step : p.steps()) {
            checklist.add(item(section, step));
        }
        section.add(checklist);
        BpmnDiagram diagram = new BpmnDiagram(p);
        diagram.setId("case-diagram");
        Details drawn = new Details(section.getTranslation("progress.diagram"), diagram,
                new Paragraph(section.getTranslation("progress.legend")));
        drawn.setOpened(true);
        drawn.setWidthFull();
        section.add(drawn);
        return section;
    }

    private ListItem item(Component page, Step step) {
        ListItem item = new ListItem();
        item.getElement().setAttribute("data-state", step.state().name());
        Span mark = new Span(switch (step.state()) {
            case DONE -> "✔ ";
            case OPEN -> "▶ ";
            case NEXT -> "○ ";
            case POSSIBLE -> "◌ ";
        });
        mark.getElement().setAttribute("aria-hidden", "true");
        item.add(mark, new Text(step.name() == null ? step.activityId() : step.name()));
        String details = switch (step.state()) {
            case DONE -> join(step.at() == null ? null : Formats.dateTime(step.at()), step.who());
            case OPEN -> join(page.getTranslation("progress.open"), step.at() == null ? null
                    : page.getTranslation("inbox.due") + " " + Formats.dateTime(step.at()),
                    step.who() == null ? page.getTranslation("inbox.unclaimed") : step.who());
            case NEXT, POSSIBLE -> join(page.getTranslation(step.state() == State.NEXT ? "progress.next" : "progress.possible"),
                    step.who() != null ? step.who() : step.roles().stream().map(page::getTranslation).collect(Collectors.joining(" / ")));
        };
        Span info = new Span(details.isEmpty() ? "" : " · " + details);
        info.getStyle().set("color", "var(--lumo-secondary-text-color)");
        item.add(info);
        if (step.state() == State.OPEN) {
            item.getStyle().set("font-weight", "600");
        }
        return item;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
