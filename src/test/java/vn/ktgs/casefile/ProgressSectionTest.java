package vn.ktgs.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.ui.BpmnDiagram;
import vn.ktgs.support.KaribuTest;

/** The case page's progress: a checklist of the steps done, open and to come, and the diagram with the path taken. */
class ProgressSectionTest extends KaribuTest {

    @Test
    void the_case_page_lists_the_steps_done_open_and_to_come_and_marks_them_on_the_diagram() throws Exception {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B12");
        driver.complete("chunhiem", c.getId(), "Task_ApproveProposal", values("decision", "APPROVE"));
        login("kiemtra2");
        UI.getCurrent().navigate("cases/" + c.getId());

        List<ListItem> items = _find(_get(UnorderedList.class, spec -> spec.withId("case-checklist")), ListItem.class);
        ListItem approved = items.get(0);
        assertThat(approved.getElement().getAttribute("data-state")).isEqualTo("DONE");
        assertThat(approved.getElement().getTextRecursively()).contains("Duyệt đề xuất kiểm tra").contains(driver.user("chunhiem").getFullName());
        ListItem open = items.get(1);
        assertThat(open.getElement().getAttribute("data-state")).isEqualTo("OPEN");
        assertThat(open.getElement().getTextRecursively()).contains("Lập kế hoạch, đoàn kiểm tra").contains("đang chờ").contains("Hạn");
        // what comes after the plan, for sure, and the steps that only some outcome brings
        assertThat(items.stream().filter(i -> "NEXT".equals(i.getElement().getAttribute("data-state"))).map(i -> i.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Báo cáo giải trình của đối tượng").contains("bước tiếp theo"));
        assertThat(items.stream().map(i -> i.getElement().getTextRecursively()))
                .noneMatch(text -> text.contains("Duyệt đề xuất kiểm tra") && !text.startsWith("✔"));

        JsonNode diagram = new ObjectMapper().readTree(_get(BpmnDiagram.class, spec -> spec.withId("case-diagram"))
                .getElement().getProperty("diagram"));
        assertThat(diagram.get("xml").asText()).contains("bpmndi:BPMNShape");
        assertThat(diagram.get("done").toString()).contains("Task_ApproveProposal");
        assertThat(diagram.get("active").toString()).contains("Task_SetPlan").doesNotContain("Task_ApproveProposal");
        assertThat(diagram.get("flowsTaken").size()).isPositive();
    }

    @Test
    void a_reader_outside_the_committee_sees_no_progress() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B13");
        login("xa.kiemtra");
        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_find(UnorderedList.class, spec -> spec.withId("case-checklist"))).isEmpty();
        assertThat(_find(BpmnDiagram.class)).isEmpty();
    }
}
