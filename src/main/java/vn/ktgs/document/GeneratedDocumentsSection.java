package vn.ktgs.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;

/**
 * On the case page: the steps whose documents are still being drafted (a failed one with its retry, for those who may
 * issue the case's documents), and for those a button per generated document to generate it again (a new version).
 */
@org.springframework.stereotype.Component
class GeneratedDocumentsSection implements CaseFileSection {

    private final DocumentService documents;
    private final DocumentDrafting drafting;

    GeneratedDocumentsSection(DocumentService documents, DocumentDrafting drafting) {
        this.documents = documents;
        this.drafting = drafting;
    }

    @Override
    public String titleKey() {
        return "document.regenerate.heading";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<DocumentDrafting.Pending> pending = drafting.pending(user, caseFile);
        List<DocumentKind> kinds = documents.regenerable(user, caseFile);
        if (kinds.isEmpty() && pending.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        boolean mayRetry = DocumentService.mayRegenerate(user, caseFile);
        pending.forEach(p -> section.add(pendingLine(p, caseFile, user, mayRetry)));
        Div buttons = new Div();
        buttons.setId("document-regenerate");
        for (DocumentKind kind : kinds) {
            Button again = new Button(buttons.getTranslation("document.regenerate", buttons.getTranslation("document.kind." + kind)));
            again.setId("regenerate-" + kind);
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            again.getStyle().set("margin-right", "var(--lumo-space-s)");
            again.addClickListener(click -> {
                try {
                    documents.regenerate(user, caseFile.getId(), kind);
                } catch (AccessDeniedException | NoSuchElementException denied) {
                    // rights changed, or the case moved out of sight, since the page was drawn
                    error(buttons, "document.regenerate.denied");
                    return;
                } catch (IllegalStateException | IllegalArgumentException impossible) {
                    error(buttons, "document.regenerate.impossible");
                    return;
                }
                Notification.show(buttons.getTranslation("document.regenerated"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().refreshCurrentRoute(false);
            });
            buttons.add(again);
        }
        section.add(buttons);
        return Optional.of(section);
    }

    /** "Being drafted", or "could not be drafted" with the technical reason on hover and, for issuers, a retry. */
    private Div pendingLine(DocumentDrafting.Pending p, CaseFile caseFile, KtgsUser user, boolean mayRetry) {
        Div line = new Div();
        line.setId("document-draft-" + p.id());
        line.addClassName(p.failed() ? "document-draft-failed" : "document-draft-pending");
        Span text = new Span(p.failed() ? line.getTranslation("document.draftFailed", p.stepName(), p.attempts())
                : line.getTranslation("document.drafting", p.stepName()));
        if (p.failed()) {
            text.getStyle().set("color", "var(--lumo-error-text-color)");
            text.setTitle(p.lastError() == null ? "" : p.lastError());
        }
        line.add(text);
        if (p.failed() && mayRetry) {
            Button retry = new Button(line.getTranslation("document.draftRetry"), click -> {
                try {
                    drafting.retry(user, caseFile.getId(), p.id());
                } catch (AccessDeniedException | NoSuchElementException gone) {
                    error(line, "document.regenerate.denied");
                    return;
                }
                Notification.show(line.getTranslation("document.draftRetried"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().refreshCurrentRoute(false);
            });
            retry.setId("document-draft-retry-" + p.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.getStyle().set("margin-left", "var(--lumo-space-s)");
            line.add(retry);
        }
        return line;
    }

    private static void error(Div on, String key) {
        Notification.show(on.getTranslation(key), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
