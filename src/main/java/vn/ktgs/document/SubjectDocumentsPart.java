package vn.ktgs.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.casefile.ui.DocumentLinks;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskSidePart;

/**
 * Beside a subject's contact's step: the documents the committee sent the subject (decision, plan, outline, notice),
 * the latest version of each, to open or download. Each read is checked and audited by {@link CaseService}.
 */
@org.springframework.stereotype.Component
class SubjectDocumentsPart implements TaskSidePart {

    static final Predicate<DocumentInfo> ADDRESSED = d -> d.generated() && DocumentKind.valueOf(d.kind()).addressedToSubject();

    private final CaseService cases;

    SubjectDocumentsPart(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Optional<Component> render(InboxTask task, KtgsUser user) {
        if (CaseService.canSee(user, cases.get(task.getCaseId()))) {
            return Optional.empty(); // the committee reads every document in its own panel
        }
        Map<String, DocumentInfo> latest = new LinkedHashMap<>();
        cases.documentsForSubject(user, task.getCaseId(), ADDRESSED).stream().sorted(Comparator.comparing(DocumentInfo::version))
                .forEach(d -> latest.put(d.fileName(), d));
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Div part = new Div();
        part.add(new H4(part.getTranslation("task.context.sentToSubject")));
        part.setId("task-context-subject-documents");
        latest.values().forEach(d -> {
            Div row = new Div(DocumentLinks.open(d, d.fileName(), () -> cases.documentContentForSubject(user, d.id(), ADDRESSED)),
                    new Span(" · "), DocumentLinks.download(d, part.getTranslation("task.context.download"),
                            () -> cases.documentContentForSubject(user, d.id(), ADDRESSED)));
            row.getStyle().set("overflow-wrap", "anywhere");
            part.add(row);
        });
        return Optional.of(part);
    }
}
