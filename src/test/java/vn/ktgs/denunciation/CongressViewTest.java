package vn.ktgs.denunciation;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The administrator marks congress personnel on the page; the report lists the case that cannot finish in time. */
class CongressViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired DenunciationService denunciations;
    @Autowired OrganizationService organizations;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void marking_a_list_reports_the_open_case_about_a_planned_member() {
        CaseDriver.clockAt(LocalDateTime.of(2034, 3, 6, 9, 0));
        Letters2034 f = Letters2034.create(jdbc);
        DenunciationService.Registered r = denunciations.register(driver.user(f.clerk()), Letters2034.letterAbout(f.member(1), Letters2034.denouncerName()));
        login(f.admin());
        UI.getCurrent().navigate("denunciations/congress");
        _click(_get(Button.class, spec -> spec.withId("congress-mark")));
        assertThat(_get(TextField.class, spec -> spec.withId("congress-title")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withId("congress-title")), "Đại hội Đảng bộ xã 2034");
        _setValue(_get(DatePicker.class, spec -> spec.withId("congress-opens")), LocalDate.of(2034, 5, 1));
        PartyMember member = organizations.memberById(f.member(1));
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("congress-members")), Set.of(member));
        _click(_get(Button.class, spec -> spec.withId("congress-mark")));

        Grid<CongressLists.AtRisk> atRisk = _get(Grid.class, spec -> spec.withId("congress-at-risk"));
        assertThat(GridKt._size(atRisk)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(atRisk, 0)).contains(r.caseFile().getCaseNumber(), "30/05/2034", "01/05/2034");
        assertThat(denunciations.get(r.letter().getId()).getCongressListId()).isNotNull();
    }
}
