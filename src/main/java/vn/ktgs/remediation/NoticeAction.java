package vn.ktgs.remediation;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.ktgs.organization.KtgsUser;

/**
 * Something another feature offers on a notice in the case page's notices section (e.g. inspection's
 * "open a follow-up inspection"), so that remediation needs no import of that feature.
 */
public interface NoticeAction {

    Optional<Component> render(ConclusionNotice notice, KtgsUser user);
}
