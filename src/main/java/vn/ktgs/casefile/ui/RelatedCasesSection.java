package vn.ktgs.casefile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.casefile.CaseLinks;
import vn.ktgs.organization.KtgsUser;

/** "Hồ sơ liên quan": cases this one led to or came from, only those the viewer may see. */
@org.springframework.stereotype.Component
@Order(0)
class RelatedCasesSection implements CaseFileSection {

    private final CaseLinks links;

    RelatedCasesSection(CaseLinks links) {
        this.links = links;
    }

    @Override
    public String titleKey() {
        return "case.related";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<CaseLinks.Related> related = links.visibleTo(user, caseFile.getId());
        if (related.isEmpty()) {
            return Optional.empty();
        }
        Div list = new Div();
        list.setId("case-related");
        for (CaseLinks.Related r : related) {
            CaseFile other = r.other();
            Anchor link = new Anchor("cases/" + other.getId(), other.getCaseNumber() + " – " + other.getTitle());
            String relation = list.getTranslation("caselink." + r.kind().name() + (r.outgoing() ? ".out" : ".in"));
            list.add(new Div(new Span(relation + ": "), link,
                    new Span(" · " + list.getTranslation("status." + other.getStatus().name()))));
        }
        return Optional.of(list);
    }
}
