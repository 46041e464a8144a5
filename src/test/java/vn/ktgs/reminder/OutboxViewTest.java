package vn.ktgs.reminder;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** With no mail sent yet, the administrator sees queued reminders in the outbox; others may not look. */
class OutboxViewTest extends KaribuTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void the_administrator_sees_queued_reminders_with_their_state() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B14");
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 10, 9, 0));
        driver.runReminderSweep();
        login("admin");
        UI.getCurrent().navigate("admin/outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxMail> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).anySatisfy(m -> {
            assertThat(m.getSubject()).contains(c.getCaseNumber());
            assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        });
    }

    @Test
    void an_inspector_cannot_open_the_outbox() {
        login("kiemtra1");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/outbox")).hasMessageContaining("Access is denied");
    }
}
