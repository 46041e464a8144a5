package vn.ktgs.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.supervision.SignDecisions;
import vn.ktgs.supervision.SignStatus;
import vn.ktgs.supervision.ViolationSign;

/** The signs of a year; the chair and deputies turn an awaiting sign into an inspection or dismiss it with a reason. */
class SignsGrid extends Grid<ViolationSign> {

    private final KtgsUser user;
    private final SignDecisions decisions;
    private final Runnable changed;

    SignsGrid(KtgsUser user, SignDecisions decisions, Runnable changed) {
        this.user = user;
        this.decisions = decisions;
        this.changed = changed;
        setId("signs");
        setAllRowsVisible(true);
        addColumn(s -> Formats.date(s.getRaisedOn())).setHeader(getTranslation("supervision.date")).setAutoWidth(true);
        addColumn(s -> getTranslation("source." + s.getSource().name())).setHeader(getTranslation("case.source")).setAutoWidth(true);
        addColumn(ViolationSign::getSubjectName).setHeader(getTranslation("inbox.subject")).setFlexGrow(1);
        addColumn(ViolationSign::getContent).setHeader(getTranslation("case.content")).setFlexGrow(3);
        addComponentColumn(this::outcome).setKey("decision").setHeader(getTranslation("supervision.decision")).setAutoWidth(true);
    }

    void show(List<ViolationSign> signs) {
        setItems(signs);
    }

    private Component outcome(ViolationSign sign) {
        if (sign.getStatus() == SignStatus.INSPECTED) {
            return new Anchor("cases/" + sign.getInspectionCaseId(), getTranslation("sign.INSPECTED"));
        }
        if (sign.getStatus() == SignStatus.DISMISSED) {
            return new Span(getTranslation("sign.DISMISSED") + ": " + sign.getDismissReason());
        }
        boolean standing = user.getGrants().stream().anyMatch(g -> g.role().isStanding() && g.orgId() == sign.getCommitteeOrgId());
        if (!standing) {
            return new Span(getTranslation("sign.AWAITING"));
        }
        Button inspect = new Button(getTranslation("sign.inspect"), e -> run(() -> decisions.turnIntoCase(user, sign.getId())));
        inspect.setId("sign-inspect-" + sign.getId());
        inspect.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button dismiss = new Button(getTranslation("sign.dismiss"), e -> dismissDialog(sign));
        dismiss.setId("sign-dismiss-" + sign.getId());
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(inspect, dismiss);
    }

    private void dismissDialog(ViolationSign sign) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sign.dismiss"));
        TextArea reason = new TextArea(getTranslation("sign.reason"));
        reason.setId("sign-reason");
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("sign.dismiss"));
        confirm.setId("sign-dismiss-confirm");
        confirm.addClickListener(e -> {
            try {
                decisions.dismiss(user, sign.getId(), reason.getValue());
                dialog.close();
                changed.run();
            } catch (FormValidationException invalid) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("form.error.required"));
            } catch (AccessDeniedException | IllegalStateException taken) {
                dialog.close();
                notDecidable();
            }
        });
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("supervision.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException | IllegalStateException taken) {
            notDecidable();
            return;
        }
        Notification.show(getTranslation("supervision.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        changed.run();
    }

    /** Someone else holds the review (claimed it in their inbox) or decided it meanwhile: say so and show the list anew. */
    private void notDecidable() {
        Notification.show(getTranslation("supervision.notDecidable"), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        changed.run();
    }
}
