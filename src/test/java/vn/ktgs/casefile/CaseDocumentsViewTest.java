package vn.ktgs.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.support.CaseDriver.values;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.ui.TaskView;

/** The case page's documents: kind, number, version, who and when, and every older version to download. */
class CaseDocumentsViewTest extends KaribuTest {

    @Test
    void the_case_page_lists_generated_documents_and_the_chair_generates_one_again_as_version_two() {
        CaseFile c = approvedAndPlanned("KCQ-B25");
        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());

        Grid<DocumentInfo> grid = documentsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(((Anchor) GridKt._getCellComponent(grid, 0, "name")).getText()).isEqualTo("quyet-dinh-" + c.getCaseNumber() + ".docx");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Quyết định kiểm tra");
        assertThat(GridKt._getFormatted(grid, 0, "number")).matches("\\d+-QĐ/UBKTTU");
        assertThat(GridKt._getFormatted(grid, 0, "version")).isEqualTo("v1");
        assertThat(GridKt._getFormatted(grid, 0, "byWhen")).startsWith("truongdoan · "); // drafted by the plan step
        assertThat(GridKt._getFormatted(grid, 2, "kind")).isEqualTo("Kế hoạch kiểm tra");

        _click(_get(Button.class, spec -> spec.withId("regenerate-DECISION")));

        grid = documentsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._getFormatted(grid, 0, "version")).isEqualTo("v2");
        assertThat(GridKt._getFormatted(grid, 0, "byWhen")).startsWith("chunhiem · ");
        Component older = GridKt._getCellComponent(grid, 0, "older");
        assertThat(_find(older, Anchor.class)).extracting(Anchor::getText).containsExactly("v1");
        assertThat(GridKt._getFormatted(grid, 2, "version")).isEqualTo("v1");
    }

    @Test
    void generating_again_a_document_the_user_may_no_longer_generate_shows_a_message_and_adds_no_version() {
        CaseFile c = approvedAndPlanned("KCQ-B24");
        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());
        Button again = _get(Button.class, spec -> spec.withId("regenerate-DECISION"));
        // meanwhile the case went to the commune's committee, whose own people alone generate its documents
        org.springframework.jdbc.core.JdbcTemplate jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("update case_file set owner_org_id = (select id from organization where code = 'X01'), "
                + "owner_org_path = (select path from organization where code = 'X01') where id = ?", c.getId());
        try {
            _click(again);

            com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                    "Bạn không còn quyền tạo lại văn bản này: quyền của bạn hoặc hồ sơ đã thay đổi. Hãy tải lại trang.");
            assertThat(context.getBean(CaseService.class).documents(c.getId()))
                    .filteredOn(d -> d.kind().equals("DECISION")).extracting(DocumentInfo::version).containsOnly(1);
        } finally {
            jdbc.update("update case_file set owner_org_id = (select id from organization where code = 'T01'), "
                    + "owner_org_path = (select path from organization where code = 'T01') where id = ?", c.getId());
        }
    }

    @Test
    void an_inspector_sees_the_documents_but_may_not_generate_them_again() {
        CaseFile c = approvedAndPlanned("KCQ-B26");
        login("kiemtra1");
        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(GridKt._size(documentsGrid())).isEqualTo(4);
        _assertNone(Button.class, spec -> spec.withId("regenerate-DECISION"));
    }

    @Test
    void a_renamed_program_is_refused_beside_the_upload_and_the_summary_typed_stays() {
        CaseFile c = approvedAndPlanned("KCQ-B27");
        login("kiemtra2");
        UI.getCurrent().navigate(TaskView.class, driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT).getTaskId());
        TextArea summary = _get(TextArea.class, spec -> spec.withId("field-summary"));
        summary.setValue("Báo cáo giải trình của Đảng ủy.");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("field-document")), "giai-trinh.pdf", "application/pdf",
                UploadPolicyTest.EXE);
        _click(_get(Button.class, spec -> spec.withId("complete")));

        assertThat(_find(Span.class)).extracting(Span::getText)
                .contains("Nội dung tệp không phải là tệp .pdf (đuôi tệp không khớp với nội dung).");
        assertThat(summary.getValue()).isEqualTo("Báo cáo giải trình của Đảng ủy.");
        assertThat(driver.openTask(c.getId(), InspectionProcess.TASK_SUBJECT_REPORT)).isNotNull();
    }

    @Test
    void the_clerk_adds_minutes_twice_to_get_version_two_and_a_renamed_program_is_refused() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B28");
        login("vanthu");
        UI.getCurrent().navigate("cases/" + c.getId());
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("case-document-upload")), "bien-ban.pdf", "application/pdf",
                UploadPolicyTest.PDF);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("case-document-upload")), "bien-ban.pdf", "application/pdf",
                "%PDF-1.7 bản sửa".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Grid<DocumentInfo> grid = documentsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Tài liệu tải lên");
        assertThat(GridKt._getFormatted(grid, 0, "version")).isEqualTo("v2");
        assertThat(_find(GridKt._getCellComponent(grid, 0, "older"), Anchor.class)).extracting(Anchor::getText).containsExactly("v1");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("case-document-upload")), "bien-ban.pdf", "application/pdf",
                UploadPolicyTest.EXE);
        assertThat(_get(Span.class, spec -> spec.withId("case-document-error")).getText())
                .isEqualTo("Nội dung tệp không phải là tệp .pdf (đuôi tệp không khớp với nội dung).");
        assertThat(context.getBean(CaseService.class).documents(c.getId())).extracting(DocumentInfo::version).containsExactly(1, 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_clerk_adds_minutes_with_their_meeting_date_and_finds_them_by_the_filter() {
        CaseFile c = approvedAndPlanned("KCQ-B32");
        login("vanthu");
        UI.getCurrent().navigate("cases/" + c.getId());
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> kind =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("case-document-kind"));
        assertThat(kind.getValue()).isEqualTo(CaseDocument.UPLOADED);
        _setValue(kind, CaseDocument.MINUTES);
        com.vaadin.flow.component.datepicker.DatePicker meetingDate =
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("case-document-meeting-date"));

        // minutes without their meeting date: refused, the file waits for the date
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("case-document-upload")), "bien-ban-trien-khai.pdf",
                "application/pdf", UploadPolicyTest.PDF);
        assertThat(meetingDate.isInvalid()).isTrue();
        assertThat(meetingDate.getErrorMessage()).isEqualTo("Biên bản phải có ngày họp.");
        assertThat(context.getBean(CaseService.class).documents(c.getId())).noneMatch(DocumentInfo::minutes);

        // a date after today: refused too
        meetingDate.setValue(CaseDriver.today().plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("case-document-save")));
        assertThat(_get(Span.class, spec -> spec.withId("case-document-error")).getText()).isEqualTo("Ngày họp không được sau hôm nay.");
        assertThat(context.getBean(CaseService.class).documents(c.getId())).noneMatch(DocumentInfo::minutes);

        LocalDate held = CaseDriver.today().minusDays(2);
        meetingDate.setValue(held);
        _click(_get(Button.class, spec -> spec.withId("case-document-save")));

        Grid<DocumentInfo> grid = documentsGrid();
        assertThat(GridKt._size(grid)).isEqualTo(5);
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> filter =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("case-documents-filter"));
        _setValue(filter, "MINUTES");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(((Anchor) GridKt._getCellComponent(grid, 0, "name")).getText()).isEqualTo("bien-ban-trien-khai.pdf");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Biên bản");
        assertThat(GridKt._getFormatted(grid, 0, "meetingDate")).isEqualTo(vn.ktgs.kernel.Formats.date(held));
        _setValue(filter, "GENERATED");
        assertThat(GridKt._size(grid)).isEqualTo(4);

        Grid<CaseEvent> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        assertThat(GridKt._fetch(timeline, 0, GridKt._size(timeline))).extracting(CaseEvent::getSummary)
                .anyMatch(s -> s.startsWith("Bổ sung biên bản bien-ban-trien-khai.pdf (cuộc họp ngày "));
    }

    private CaseFile approvedAndPlanned(String subjectOrg) {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", subjectOrg);
        driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_APPROVE, values("decision", "APPROVE"));
        driver.complete("truongdoan", c.getId(), InspectionProcess.TASK_SET_PLAN, values("plan", "Kiểm tra tại đơn vị.",
                "teamLead", "truongdoan", "team", java.util.List.of(), "reportDueDate", CaseDriver.today().plusDays(14)));
        return c;
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentInfo> documentsGrid() {
        return _get(Grid.class, spec -> spec.withId("case-documents"));
    }
}
