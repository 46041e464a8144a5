package vn.ktgs.document;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskPageAction;

/**
 * "Xem trước văn bản" on a step that issues documents: the documents as the step would draft them from what the form
 * holds now, each opened as a PDF in a new tab, before anything is issued.
 */
@Component
class DocumentPreviewAction implements TaskPageAction {

    private final DocumentPreviews previews;

    DocumentPreviewAction(DocumentPreviews previews) {
        this.previews = previews;
    }

    @Override
    public Optional<Button> button(InboxTask task, KtgsUser user, Supplier<Map<String, Object>> formValues) {
        if (!previews.previewable(task) || !(InboxService.mayWork(user, task) || InboxService.mayClaim(user, task))) {
            return Optional.empty();
        }
        Button preview = new Button(UI.getCurrent().getTranslation("document.preview"));
        preview.setId("preview-documents");
        preview.addClickListener(e -> {
            try {
                show(previews.preview(user, task.getTaskId(), formValues.get()), preview);
            } catch (FormValidationException invalid) {
                Notification.show(preview.getTranslation("document.previewInvalid") + " " + invalid.errors().stream()
                                .map(err -> preview.getTranslation(err.messageKey(), err.args().toArray())).distinct()
                                .collect(Collectors.joining("; ")), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return Optional.of(preview);
    }

    private void show(List<DocumentPreviews.Preview> made, Button from) {
        if (made.isEmpty()) {
            Notification.show(from.getTranslation("document.previewNone"), 5000, Notification.Position.MIDDLE);
            return;
        }
        Dialog dialog = new Dialog(from.getTranslation("document.preview"));
        dialog.setId("document-preview-dialog");
        Div list = new Div();
        for (DocumentPreviews.Preview p : made) {
            Anchor open = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(p.pdf()),
                    p.fileName(), DocumentService.PDF, p.pdf().length)).inline(),
                    from.getTranslation("document.kind." + p.kind().name()) + (p.number() == null ? "" : " " + p.number()) + " (PDF)");
            open.setRouterIgnore(true);
            open.setTarget(AnchorTarget.BLANK);
            open.setId("preview-" + p.kind().name());
            list.add(new Paragraph(open));
        }
        dialog.add(list, new Paragraph(from.getTranslation("document.previewNote")));
        dialog.getFooter().add(new Button(from.getTranslation("task.confirm.back"), e -> dialog.close()));
        dialog.setWidth("min(36em, 95vw)");
        dialog.open();
    }
}
