package vn.ktgs.denunciation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import vn.ktgs.base.ui.UploadTexts;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseFileSection;
import vn.ktgs.casefile.UploadRefusedException;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.denunciation.*;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;

/**
 * "Đơn tố cáo" on a denunciation's case page: the letter as registered and its classification for everyone who may
 * see the case; the denouncer's identity and the sealed files only for the assigned team and the chair, behind a
 * button (each opening is audited). Everyone else sees the mask.
 */
@org.springframework.stereotype.Component
@Order(0)
class DenunciationSection implements CaseFileSection {

    private final DenunciationService denunciations;
    private final IdentityVault vault;

    DenunciationSection(DenunciationService denunciations, IdentityVault vault) {
        this.denunciations = denunciations;
        this.vault = vault;
    }

    @Override
    public String titleKey() {
        return "denunciation.section";
    }

    @Override
    public Optional<Component> render(CaseFile caseFile, KtgsUser user) {
        return denunciations.ofCase(caseFile.getId()).map(d -> section(d, user));
    }

    private Component section(Denunciation d, KtgsUser user) {
        Div div = new Div();
        div.setId("denunciation-section");
        div.add(new Paragraph(div.getTranslation("denunciation.received") + ": " + Formats.date(d.getReceivedOn())
                + (d.getPostmarkedOn() == null ? "" : " · " + div.getTranslation("denunciation.postmarked") + ": " + Formats.date(d.getPostmarkedOn()))
                + " · " + div.getTranslation("denunciation.channel." + d.getChannel().name())
                + " · " + div.getTranslation("denunciation.signatories") + ": " + d.getSignatories()
                + " · " + div.getTranslation(d.isSignedPersonally() ? "denunciation.signed.ORIGINAL" : "denunciation.signed.COPY")));
        div.add(new Paragraph(div.getTranslation("denunciation.accused") + ": " + d.getAccusedName()
                + " (" + div.getTranslation("denunciation.accusedKind." + d.getAccusedKind().name()) + ")"));
        Paragraph outcome = new Paragraph(div.getTranslation("denunciation.outcome." + d.getOutcome().name()) + " – " + d.getReasonText());
        outcome.setId("denunciation-outcome");
        div.add(outcome);
        if (d.getRepeatOfId() != null) {
            Paragraph repeat = new Paragraph(div.getTranslation("denunciation.repeatNotice"));
            repeat.setId("denunciation-repeat");
            div.add(repeat);
        }
        if (d.getCongressListId() != null) {
            div.add(new Paragraph(div.getTranslation("denunciation.congressFlag")));
        }
        if (d.getDueAt() != null) {
            div.add(new Paragraph(div.getTranslation("denunciation.due") + ": " + Formats.dateTime(d.getDueAt())));
        }
        if (d.getConclusion() != null) {
            div.add(new Paragraph(div.getTranslation("denunciation.conclusion") + ": " + div.getTranslation("denunciation.conclusion." + d.getConclusion().name())));
        }
        div.add(identity(d, user));
        if (d.getOutcome() == Outcome.KEEP_AS_INFORMATION && !denunciations.signRaised(d)
                && user.getGrants().stream().anyMatch(g -> g.role().isStanding() && g.orgId() == d.getCommitteeOrgId())) {
            Button raise = new Button(div.getTranslation("denunciation.raiseSign"));
            raise.setId("denunciation-raise-sign");
            raise.addClickListener(e -> {
                try {
                    denunciations.raiseSign(user, d.getId());
                    raise.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                } catch (FormValidationException invalid) {
                    Notification.show(div.getTranslation(invalid.errors().get(0).messageKey()), 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
            div.add(raise);
        }
        if (denunciations.mayCorrect(user, d) && !denunciations.signRaised(d)) {
            div.add(correction(d, user));
        }
        return div;
    }

    /** The chair's correction of the clerk's classification: a reason, then the letter is taken up (audited). */
    private Component correction(Denunciation d, KtgsUser user) {
        Button open = new Button();
        open.setText(open.getTranslation("denunciation.correct"));
        open.setId("denunciation-correct");
        open.addClickListener(click -> {
            Dialog dialog = new Dialog();
            dialog.setId("denunciation-correct-dialog");
            dialog.setHeaderTitle(open.getTranslation("denunciation.correct"));
            Paragraph was = new Paragraph(open.getTranslation("denunciation.correctWas", d.getReasonText()));
            TextArea reason = new TextArea(open.getTranslation("denunciation.correctReason"));
            reason.setId("denunciation-correct-reason");
            reason.setWidthFull();
            reason.setMaxLength(1000);
            reason.setRequired(true);
            Button confirm = new Button(open.getTranslation("denunciation.correctConfirm"));
            confirm.setId("denunciation-correct-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(e -> {
                try {
                    denunciations.correctClassification(user, d.getId(), reason.getValue());
                    dialog.close();
                    Notification.show(open.getTranslation("denunciation.corrected"), 5000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    open.getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                } catch (FormValidationException invalid) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(open.getTranslation(invalid.errors().get(0).messageKey()));
                }
            });
            Button cancel = new Button(open.getTranslation("task.confirm.back"), e -> dialog.close());
            dialog.add(was, reason);
            dialog.getFooter().add(cancel, confirm);
            dialog.setWidth("min(40em, 95vw)");
            dialog.open();
        });
        return open;
    }

    private Component identity(Denunciation d, KtgsUser user) {
        Div box = new Div();
        box.setId("denunciation-identity");
        if (!IdentityVault.maySee(user, d)) {
            box.add(new Paragraph(box.getTranslation("denunciation.identity") + ": " + DenouncerIdentity.MASK + " (" + box.getTranslation("denunciation.identityProtected") + ")"));
            return box;
        }
        Button show = new Button(box.getTranslation("denunciation.showIdentity"));
        show.setId("denunciation-show-identity");
        show.addClickListener(e -> {
            DenouncerIdentity identity = vault.identity(user, d.getId(), IdentityRead.Purpose.VIEW);
            show.setVisible(false);
            Paragraph shown = new Paragraph(identity.isAnonymous() ? box.getTranslation("denunciation.anonymous")
                    : identity.name() + " · " + nz(identity.address()) + " · " + nz(identity.email()) + " · " + nz(identity.phone()));
            shown.setId("denunciation-identity-shown");
            box.add(shown);
            files(d, user, box);
        });
        box.add(new Paragraph(box.getTranslation("denunciation.identity") + ": " + DenouncerIdentity.MASK), show, uploader(d, user, box));
        return box;
    }

    private void files(Denunciation d, KtgsUser user, Div box) {
        for (DenunciationFile f : vault.files(user, d.getId())) {
            long id = f.getId();
            Anchor link = new Anchor(DownloadHandler.fromInputStream(e -> {
                UploadedFile file = vault.fileContent(user, id);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length);
            }), box.getTranslation("denunciation.file." + f.getKind().name()) + " #" + f.getId() + " (" + f.getSizeBytes() / 1024 + " KB)");
            link.setRouterIgnore(true);
            box.add(new Div(link));
        }
    }

    /** The identity meeting's minutes (and later scans) are added here, sealed, never as ordinary case documents. */
    private Component uploader(Denunciation d, KtgsUser user, Div box) {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = UploadTexts.apply(new Upload(buffer));
        upload.setMaxFiles(1);
        upload.setId("denunciation-minutes-upload");
        upload.addSucceededListener(e -> {
            try {
                vault.addFile(user, d.getId(), DenunciationFile.Kind.MINUTES,
                        new UploadedFile(e.getFileName(), e.getMIMEType(), buffer.getInputStream().readAllBytes()));
                Notification.show(box.getTranslation("denunciation.minutesAdded"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UploadRefusedException refused) {
                Notification.show(box.getTranslation("form.error." + refused.refusal().code(), refused.refusal().args()), 5000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (IOException unreadable) {
                Notification.show(box.getTranslation("document.unreadable"), 5000, Notification.Position.MIDDLE);
            }
            upload.clearFileList();
        });
        return new Div(new Span(box.getTranslation("denunciation.addMinutes")), upload);
    }

    private static String nz(String s) {
        return s == null ? "–" : s;
    }
}
