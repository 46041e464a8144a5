package vn.ktgs.casefile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.organization.KtgsUser;

/**
 * Links to a case's document, read with the user's rights at click time (access checked and audited by
 * {@link CaseService#documentContent}): a download, or the document opened in a new tab (the browser shows a PDF).
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static Anchor download(CaseService cases, KtgsUser user, DocumentInfo d, String text) {
        return download(d, text, () -> cases.documentContent(user, d.id()));
    }

    /** A download whose content is read, with its own access check, by {@code content} at click time. */
    public static Anchor download(DocumentInfo d, String text, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> response(d, content)), text);
        link.setRouterIgnore(true);
        link.setTitle("SHA-256 " + d.sha256());
        return link;
    }

    /** Opens beside the page: a PDF is read in the browser, other files are downloaded. */
    public static Anchor open(CaseService cases, KtgsUser user, DocumentInfo d, String text) {
        return open(d, text, () -> cases.documentContent(user, d.id()));
    }

    /** Opened in a new tab, its content read by {@code content} at click time. */
    public static Anchor open(DocumentInfo d, String text, Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> response(d, content)).inline(), text);
        link.setRouterIgnore(true);
        link.setTarget(AnchorTarget.BLANK);
        return link;
    }

    private static DownloadResponse response(DocumentInfo d, Supplier<byte[]> content) {
        return new DownloadResponse(new ByteArrayInputStream(content.get()), d.fileName(), d.contentType(), d.sizeBytes());
    }
}
