package vn.ktgs.reminder;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.organization.MailMode;
import vn.ktgs.organization.UserDirectory;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The in-app list shows a user's reminders; personal settings switch to the digest. */
class NotificationsViewTest extends KaribuTest {

    @Autowired UserDirectory users;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        users.choose("chunhiem", MailMode.IMMEDIATE, "vi");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_sees_an_overdue_approval_in_the_notification_list() {
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 5, 9, 0));
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B24");
        CaseDriver.clockAt(LocalDateTime.of(2026, 10, 13, 9, 0));
        driver.runReminderSweep();
        login("chunhiem");
        UI.getCurrent().navigate("notifications");
        Grid<Notification> grid = _get(Grid.class, spec -> spec.withId("notification-grid"));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).anySatisfy(n -> {
            assertThat(n.getCaseNumber()).isEqualTo(c.getCaseNumber());
            assertThat(n.getLabel()).isEqualTo("Quá hạn");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void personal_settings_switch_to_the_morning_digest() {
        login("chunhiem");
        UI.getCurrent().navigate("preferences");
        RadioButtonGroup<MailMode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("preference-mode"));
        mode.setValue(MailMode.DIGEST);
        _click(_get(Button.class, spec -> spec.withId("preference-save")));
        assertThat(users.find("chunhiem").orElseThrow().getMailMode()).isEqualTo(MailMode.DIGEST);
    }
}
