package vn.ktgs.inspection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;
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
            CaseFile opened = followups.open(user, notice.getId());
            UI.getCurrent().navigate("cases/" + opened.getId());
        });
        open.setId("notice-open-followup-" + notice.getId());
        return Optional.of(open);
    }
}
