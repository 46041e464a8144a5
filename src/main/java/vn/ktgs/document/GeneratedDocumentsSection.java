package vn.ktgs.document;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.organization.KtgsUser;

/** On the case page, for those who may: a button per generated document to generate it again (a new version). */
@org.springframework.stereotype.Component
class GeneratedDocumentsSection implements CaseFileSection {

    private final DocumentService documents;

    GeneratedDocumentsSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public String titleKey() {
        return "document.regenerate.heading";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        List<DocumentKind> kinds = documents.regenerable(user, caseFile);
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
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
        return Optional.of(buttons);
    }

    private static void error(Div on, String key) {
        Notification.show(on.getTranslation(key), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
