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

    @Test
    void a_contact_person_is_offered_none_of_the_discipline_complaint_denunciation_or_asset_pages() {
        login("lienhe");
        assertThat(menu()).doesNotContain("discipline/new", "admin/discipline-authority", "complaints/new", "asset-verification",
                "denunciations", "denunciations/new", "denunciations/identity-reads", "denunciations/congress");
        for (String closed : List.of("discipline/new", "complaints/new", "denunciations", "denunciations/identity-reads")) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(closed)).as(closed).hasMessageContaining("Access is denied");
        }
    }

    @Test
    void the_clerk_registers_letters_and_complaints_but_opens_no_discipline_review_and_reads_no_identity_log() {
        login("vanthu");
        assertThat(menu()).contains("denunciations/new", "denunciations", "complaints/new")
                .doesNotContain("discipline/new", "denunciations/identity-reads", "denunciations/congress", "admin/discipline-authority");
    }

    @Test
    void the_chair_reviews_identity_reads_and_the_authority_matrix() {
        login("chunhiem");
        assertThat(menu()).contains("denunciations/identity-reads", "admin/discipline-authority", "denunciations", "asset-verification")
                .doesNotContain("denunciations/new", "denunciations/congress");
    }

    @Test
    void an_inspector_opens_discipline_reviews_and_complaints_but_reads_no_identity_log() {
        login("kiemtra1");
        assertThat(menu()).contains("discipline/new", "complaints/new", "denunciations")
                .doesNotContain("denunciations/identity-reads", "admin/discipline-authority", "denunciations/new");
    }

    @Test
    void a_contact_person_never_opens_a_members_record_which_is_no_menu_entry_for_anyone() {
        login("lienhe");
        assertThatThrownBy(() -> UI.getCurrent().navigate("members/1")).hasMessageContaining("Access is denied");
        login("chunhiem");
        assertThat(menu()).noneMatch(path -> path.startsWith("members"));
    }

    /** The paths of the side navigation, as the layout builds it for the signed-in user. */
    private static List<String> menu() {
        UI.getCurrent().navigate("inbox");
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }
}
