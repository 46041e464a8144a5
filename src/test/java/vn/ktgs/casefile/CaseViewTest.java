package vn.ktgs.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.ktgs.support.KaribuTest;

/** The case list and case page, scoped to the user's committee. */
class CaseViewTest extends KaribuTest {

    @Test
    void the_case_list_finds_a_case_by_number_and_the_case_page_shows_its_history() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B10");
        login("kiemtra2");
        UI.getCurrent().navigate("cases");
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), c.getCaseNumber());
        @SuppressWarnings("unchecked")
        Grid<CaseFile> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).getId()).isEqualTo(c.getId());

        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_get(H2.class, spec -> spec.withId("case-heading")).getText()).startsWith(c.getCaseNumber());
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Chờ duyệt");
        @SuppressWarnings("unchecked")
        Grid<CaseEvent> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        assertThat(GridKt._get(timeline, 0).getActor()).isEqualTo("kiemtra1");
        // the timeline names people, not their logins
        assertThat(GridKt._getFormatted(timeline, 0, "who")).isEqualTo(driver.user("kiemtra1").getFullName());
    }

    @Test
    void a_commune_inspector_cannot_find_or_open_a_provincial_case() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B11");
        login("xa.kiemtra");
        UI.getCurrent().navigate("cases");
        _setValue(_get(TextField.class, spec -> spec.withId("case-search")), c.getCaseNumber());
        @SuppressWarnings("unchecked")
        Grid<CaseFile> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        assertThat(GridKt._size(grid)).isZero();
        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_get(H2.class).getText()).isEqualTo("Không tìm thấy hồ sơ hoặc hồ sơ ngoài phạm vi của đồng chí.");
    }
}
