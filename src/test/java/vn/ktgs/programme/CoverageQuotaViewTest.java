package vn.ktgs.programme;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.ktgs.organization.OrgLevel;
import vn.ktgs.support.KaribuTest;

/** The quota page: the seeded quotas, an administrator's change (out of range refused), nobody else's. */
class CoverageQuotaViewTest extends KaribuTest {

    @Autowired CoverageQuotaService quotas;

    private CoverageQuota cell() {
        return quotas.all().stream().filter(q -> q.getOrgLevel() == OrgLevel.CELL).findFirst().orElseThrow();
    }

    @AfterEach
    void restoreSeed() {
        // other tests read the seeded quotas: put the cell's 15 % back
        quotas.change(driver.user("admin"), cell().getId(), null, 15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_changes_a_levels_quota_and_out_of_range_shares_are_refused() {
        login("admin");
        UI.getCurrent().navigate("programmes/quotas");
        Grid<CoverageQuota> grid = _get(Grid.class, spec -> spec.withId("quota-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(quotas.all()).extracting(q -> q.getOrgLevel() + " " + q.getOrgSharePct() + " " + q.getMemberSharePct())
                .containsExactly("PROVINCE 100 50", "COMMUNE 100 25", "BASE 100 20", "CELL null 15");

        grid.select(cell());
        IntegerField members = _get(IntegerField.class, spec -> spec.withId("quota-members"));
        _setValue(members, 150);
        _click(_get(Button.class, spec -> spec.withId("quota-save")));
        assertThat(members.getErrorMessage()).isEqualTo("Phải từ 0 đến 100.");
        assertThat(cell().getMemberSharePct()).isEqualTo(15);

        _setValue(members, 18);
        _click(_get(Button.class, spec -> spec.withId("quota-save")));
        assertThat(cell().getMemberSharePct()).isEqualTo(18);
        assertThat(quotas.history().get(0).getDetail()).isEqualTo("CELL: – / 15% → CELL: – / 18%");
        assertThat(_get(Paragraph.class, spec -> spec.withId("quota-history")).getText()).contains("CELL: – / 15% → CELL: – / 18%");

        assertThatThrownBy(() -> quotas.change(driver.user("chunhiem"), cell().getId(), null, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
