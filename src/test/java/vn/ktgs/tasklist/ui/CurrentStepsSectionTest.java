package vn.ktgs.tasklist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.KaribuTest;

/** The case page's current steps: each links to its task for those who may work it, and names people, not logins. */
class CurrentStepsSectionTest extends KaribuTest {

    @Test
    void the_current_step_opens_its_task_for_those_who_may_work_it() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B12");
        String approval = driver.openTask(c.getId(), InspectionProcess.TASK_APPROVE).getTaskId();

        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());
        Anchor step = _get(Anchor.class, spec -> spec.withId("case-step-" + InspectionProcess.TASK_APPROVE));
        assertThat(step.getHref()).isEqualTo("task/" + approval);
        assertThat(step.getText()).isEqualTo("Duyệt đề xuất kiểm tra");
    }

    @Test
    void an_inspector_sees_the_standing_members_step_without_a_link() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B14");
        login("kiemtra2");
        UI.getCurrent().navigate("cases/" + c.getId());
        _assertNone(Anchor.class, spec -> spec.withId("case-step-" + InspectionProcess.TASK_APPROVE));
        assertThat(_get(Div.class, spec -> spec.withId("case-current-steps")).getElement().getTextRecursively())
                .startsWith("Duyệt đề xuất kiểm tra · Hạn ");
    }

    @Test
    void who_holds_a_step_is_named_in_full() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B13");
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.claim("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN);

        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_get(Div.class, spec -> spec.withId("case-current-steps")).getElement().getTextRecursively())
                .contains(" · " + driver.user("truongdoan").getFullName())
                .doesNotContain("· truongdoan");
        // the chair may hand the step to someone else from here
        _get(Button.class, spec -> spec.withId("case-reassign-" + InspectionProcess.TASK_SET_PLAN));
    }
}
