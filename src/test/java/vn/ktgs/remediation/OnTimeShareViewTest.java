package vn.ktgs.remediation;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.remediation.RemediationService.RequirementDraft;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The on-time page: the year defaults to the current one, a quarter narrows it, the target is named. */
class OnTimeShareViewTest extends KaribuTest {

    @Autowired RemediationService remediation;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_sees_the_share_of_the_year_and_of_a_quarter() {
        CaseDriver.clockAt(LocalDateTime.of(2032, 4, 1, 9, 0)); // a year no other test uses
        long caseId = driver.proposeOrgInspection("kiemtra1", "KCQ-B35").getId();
        ConclusionNotice notice = remediation.issue(caseId, "TB-2032-1", ConclusionOutcome.VIOLATION, "Có vi phạm.", 9, 0, 0,
                List.of(new RequirementDraft("Khắc phục", "KCQ-B35", LocalDate.of(2032, 4, 10))));
        long requirement = notice.getRequirements().get(0).getId();
        remediation.report(requirement, "Đã khắc phục.");
        remediation.confirm(requirement, true);
        remediation.close(notice.getId());
        CaseDriver.clockAt(LocalDateTime.of(2032, 5, 4, 9, 0));

        login("chunhiem");
        UI.getCurrent().navigate("remediation/on-time");
        Grid<OnTimeShare.Row> grid = _get(Grid.class, spec -> spec.withId("ontime-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).onTime()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("ontime-total")).getText())
                .isEqualTo("Toàn phạm vi: 100.0% đúng hạn trên 1 thông báo đã đến hạn (mục tiêu trên 90%).");

        ComboBox<Integer> quarter = _get(ComboBox.class, spec -> spec.withId("ontime-quarter"));
        _setValue(quarter, 1);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(Paragraph.class, spec -> spec.withId("ontime-total")).getText()).startsWith("Toàn phạm vi: – đúng hạn trên 0");
        _setValue(quarter, 2);
        assertThat(GridKt._size(grid)).isEqualTo(1);
    }
}
