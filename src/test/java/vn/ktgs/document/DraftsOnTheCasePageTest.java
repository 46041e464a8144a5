package vn.ktgs.document;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.KaribuTest;

/** The case page says which step's documents are being drafted, and offers the chair a retry of a failed draft. */
class DraftsOnTheCasePageTest extends KaribuTest {

    @Autowired DocumentDrafting drafting;
    @Autowired DocumentDraftRepository drafts;
    @Autowired CaseService cases;
    @Autowired JdbcTemplate jdbc;

    @RegisterExtension
    static final QueuedDrafting QUEUED = new QueuedDrafting(LocalDateTime.of(2026, 4, 28, 9, 0));

    @Test
    void a_draft_in_progress_is_named_and_a_failed_one_is_retried_by_the_chair() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B35");
        approveAndPlan(c);
        long draftId = drafts.findByCaseIdOrderById(c.getId()).get(0).getId();

        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());
        Div line = _get(Div.class, spec -> spec.withId("document-draft-" + draftId));
        assertThat(_get(line, Span.class).getText())
                .isEqualTo("Đang soạn thảo văn bản của bước “Lập kế hoạch, đoàn kiểm tra”; văn bản sẽ có trong hồ sơ sau ít giây.");
        _assertNone(line, Button.class);

        jdbc.update("update document_draft set failed = true, attempts = 5, last_error = 'font missing' where id = ?", draftId);
        UI.getCurrent().navigate("cases/" + c.getId());
        Div failed = _get(Div.class, spec -> spec.withId("document-draft-" + draftId));
        assertThat(_get(failed, Span.class).getText()).startsWith("Chưa soạn thảo được văn bản của bước “Lập kế hoạch, đoàn kiểm tra” (đã thử 5 lần)");
        assertThat(_get(failed, Span.class).getTitle().orElse("")).isEqualTo("font missing");

        _click(_get(Button.class, spec -> spec.withId("document-draft-retry-" + draftId)));
        assertThat(drafting.drain()).isEqualTo(1);
        assertThat(cases.documents(c.getId())).filteredOn(DocumentInfo::generated).extracting(DocumentInfo::kind).containsOnly("DECISION", "PLAN");
    }

    /** The plan step drafts the decision (with its team) and the plan. */
    private void approveAndPlan(CaseFile c) {
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Làm việc tại đơn vị.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", java.time.LocalDate.of(2026, 5, 15)));
    }

    @Test
    void an_inspector_sees_the_failed_draft_without_a_retry() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B36");
        approveAndPlan(c);
        long draftId = drafts.findByCaseIdOrderById(c.getId()).get(0).getId();
        jdbc.update("update document_draft set failed = true, attempts = 5 where id = ?", draftId);

        login("kiemtra2");
        UI.getCurrent().navigate("cases/" + c.getId());
        _get(Div.class, spec -> spec.withId("document-draft-" + draftId));
        _assertNone(Button.class, spec -> spec.withId("document-draft-retry-" + draftId));
    }
}
