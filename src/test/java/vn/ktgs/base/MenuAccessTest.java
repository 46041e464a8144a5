package vn.ktgs.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.programme.ui.ProgrammeView;
import vn.ktgs.remediation.ui.OnTimeShareView;
import vn.ktgs.support.KaribuTest;

/** The side menu offers each user only the pages that have something for them, and the others stay closed. */
class MenuAccessTest extends KaribuTest {

    @Test
    void a_subjects_contact_person_is_offered_only_their_inbox_notifications_and_preferences() {
        login("lienhe");
        assertThat(menu()).contains("inbox", "notifications", "preferences")
                .doesNotContain("programmes", "remediation/on-time", "supervision", "programmes/quotas", "cases", "organizations");

        // Karibu reports the access check that a browser would turn into Vaadin's "access denied" page
        assertThatThrownBy(() -> UI.getCurrent().navigate("programmes")).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate("remediation/on-time")).hasMessageContaining("Access is denied");
        _assertNone(ProgrammeView.class);
        _assertNone(OnTimeShareView.class);
    }

    @Test
    void an_administrator_is_offered_the_on_time_share_and_the_quotas_but_no_programme_page_of_their_own() {
        login("admin");
        assertThat(menu()).contains("remediation/on-time", "programmes/quotas").doesNotContain("programmes", "supervision");
    }

    @Test
    void committee_members_of_a_commune_are_offered_programmes_supervision_and_the_on_time_share() {
        login("xa.chunhiem");
        assertThat(menu()).contains("programmes", "supervision", "remediation/on-time", "cases", "organizations")
                .doesNotContain("programmes/quotas");
        UI.getCurrent().navigate("programmes");
        _assertOne(ProgrammeView.class);
    }

    /** The paths of the side navigation, as the layout builds it for the signed-in user. */
    private static List<String> menu() {
        UI.getCurrent().navigate("inbox");
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }
}
