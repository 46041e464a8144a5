package vn.ktgs.inspection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.remediation.ConclusionNotice;
import vn.ktgs.remediation.NoticeAction;

/** The standing members' button on a notice: open the follow-up inspection and go to its case page. */
@org.springframework.stereotype.Component
class FollowupInspectionAction implements NoticeAction {

    private final FollowupInspections followups;

    FollowupInspectionAction(FollowupInspections followups) {
        this.followups = followups;
    }

    @Override
    public Optional<Component> render(ConclusionNotice notice, KtgsUser user) {
        if (!followups.mayOpen(user, notice)) {
            return Optional.empty();
        }
        Button open = new Button();
        open.setText(open.getTranslation("notice.openFollowup"));
        open.addClickListener(e -> {
            CaseFile opened;
            try {
                opened = followups.open(user, notice.getId());
            } catch (AccessDeniedException denied) {
                error(open, "notice.followup.denied");
                return;
            } catch (IllegalStateException | OptimisticLockingFailureException taken) {
                // another standing member opened it at the same moment, or the case changed meanwhile
                error(open, "notice.followup.taken");
                UI.getCurrent().refreshCurrentRoute(false);
                return;
            }
            UI.getCurrent().navigate("cases/" + opened.getId());
        });
        open.setId("notice-open-followup-" + notice.getId());
        return Optional.of(open);
    }

    private static void error(Button on, String key) {
        Notification.show(on.getTranslation(key), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
