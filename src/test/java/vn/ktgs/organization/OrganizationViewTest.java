package vn.ktgs.organization;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import vn.ktgs.support.KaribuTest;

/** The org tree, members and users as a committee sees them: its own subtree only. */
class OrganizationViewTest extends KaribuTest {

    @Test
    void the_province_sees_its_tree_and_searches_members_of_the_whole_province() {
        login("kiemtra1");
        UI.getCurrent().navigate("organizations");
        @SuppressWarnings("unchecked")
        TreeGrid<Organization> tree = _get(TreeGrid.class, spec -> spec.withId("org-tree"));
        assertThat(GridKt._getRootItems(tree)).extracting(Organization::getCode).containsExactly("T01");
        @SuppressWarnings("unchecked")
        Grid<PartyMember> members = _get(Grid.class, spec -> spec.withId("member-grid"));
        assertThat(GridKt._size(members)).isGreaterThan(4_759);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Tìm đảng viên theo tên")), "Nguyễn Văn");
        assertThat(GridKt._size(members)).isPositive();
        assertThat(GridKt._get(members, 0).getFullName()).contains("Nguyễn Văn");
    }

    @Test
    void a_commune_sees_only_its_own_members_and_users() {
        login("xa.chunhiem");
        UI.getCurrent().navigate("organizations");
        @SuppressWarnings("unchecked")
        Grid<PartyMember> members = _get(Grid.class, spec -> spec.withId("member-grid"));
        int n = GridKt._size(members);
        assertThat(n).isBetween(8 * 18, 14 * 42);
        UI.getCurrent().navigate("users");
        @SuppressWarnings("unchecked")
        Grid<AppUser> users = _get(Grid.class, spec -> spec.withId("user-grid"));
        assertThat(GridKt._fetch(users, 0, 100)).extracting(AppUser::getUsername)
                .containsExactlyInAnyOrder("xa.kiemtra", "xa.chunhiem");
    }
}
