package vn.ktgs.asset;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ktgs.organization.OrganizationService;
import vn.ktgs.organization.PartyMember;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.KaribuTest;

/** The asset page: the list kept by the chair, the draw refused then made, what an inspector is offered, the case section. */
class AssetVerificationViewTest extends KaribuTest {

    private static final int YEAR = 2035;

    @Autowired JdbcTemplate jdbc;
    @Autowired DeclarantService declarants;
    @Autowired AssetVerificationService verifications;
    @Autowired OrganizationService organizations;

    private AssetFixture f;

    @BeforeEach
    void setUp() {
        CaseDriver.clockAt(LocalDateTime.of(YEAR, 4, 2, 9, 0));
        f = AssetFixture.create(jdbc, driver, declarants, YEAR, 5, 3);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_adds_to_the_list_and_a_draw_larger_than_the_list_is_refused_beside_the_field_before_a_valid_draw() {
        login(f.committee().chair());
        UI.getCurrent().navigate("asset-verification");
        Grid<DeclarantService.Row> list = _get(Grid.class, spec -> spec.withId("asset-declarants"));
        assertThat(GridKt._size(list)).isEqualTo(3);

        // a post is required: the member chosen stays, nothing is added
        PartyMember fourth = organizations.memberById(f.committee().memberIds().get(3));
        ComboBox<PartyMember> member = _get(ComboBox.class, spec -> spec.withId("asset-member"));
        member.setValue(fourth);
        _click(_get(Button.class, spec -> spec.withId("asset-add")));
        TextField post = _get(TextField.class, spec -> spec.withId("asset-post"));
        assertThat(post.isInvalid()).isTrue();
        assertThat(post.getErrorMessage()).isEqualTo("Bắt buộc nhập.");
        assertThat(member.getValue()).isEqualTo(fourth);
        post.setValue("Phó Chủ tịch UBND xã");
        _click(_get(Button.class, spec -> spec.withId("asset-add")));
        assertThat(GridKt._size(list)).isEqualTo(4);

        IntegerField count = _get(IntegerField.class, spec -> spec.withId("asset-draw-count"));
        count.setValue(9);
        _click(_get(Button.class, spec -> spec.withId("asset-draw")));
        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("Vượt quá số người trong danh sách (4).");
        assertThat(count.getValue()).isEqualTo(9);
        assertThat(text("asset-draw-record")).isEqualTo("Năm này chưa rút chọn.");

        count.setValue(2);
        _click(_get(Button.class, spec -> spec.withId("asset-draw")));
        assertThat(text("asset-draw-record")).contains("chọn 2 trên 4 người trong danh sách").contains(f.committee().chair());
        Grid<AssetVerificationService.Row> opened = _get(Grid.class, spec -> spec.withId("asset-verifications"));
        assertThat(GridKt._size(opened)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(opened, 0)).contains("Lựa chọn ngẫu nhiên hằng năm");

        // a second draw of the year: a clear message, the first draw stays
        String record = text("asset-draw-record");
        count.setValue(1);
        _click(_get(Button.class, spec -> spec.withId("asset-draw")));
        ComboBox<Integer> year = _get(ComboBox.class, spec -> spec.withId("asset-year"));
        assertThat(year.isInvalid()).isTrue();
        assertThat(year.getErrorMessage()).isEqualTo("Năm 2035 đã rút chọn; mỗi năm chỉ rút một lần.");
        assertThat(count.isInvalid()).isFalse();
        assertThat(text("asset-draw-record")).isEqualTo(record);

        // the case page shows the verification's section
        long caseId = verifications.ofYear(f.chair(), YEAR).get(0).getCaseId();
        UI.getCurrent().navigate("cases/" + caseId);
        assertThat(_get(Div.class, spec -> spec.withId("asset-section")).getElement().getTextRecursively())
                .contains("Căn cứ: Lựa chọn ngẫu nhiên hằng năm · bản kê khai năm 2035");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_inspector_sees_the_list_but_neither_keeps_it_nor_draws_nor_opens_on_a_sign() {
        login(f.committee().inspector());
        UI.getCurrent().navigate("asset-verification");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("asset-declarants")))).isEqualTo(3);
        assertThat(_find(Button.class, spec -> spec.withId("asset-add"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("asset-draw"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("asset-sign-start"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chair_opens_a_verification_on_a_sign_and_an_increase_below_300_million_is_refused() {
        login(f.committee().chair());
        UI.getCurrent().navigate("asset-verification");
        ComboBox<DeclarantService.Row> member = _get(ComboBox.class, spec -> spec.withId("asset-sign-member"));
        member.setValue(declarants.list(f.chair(), YEAR).get(2));
        IntegerField millions = _get(IntegerField.class, spec -> spec.withId("asset-sign-increase"));
        millions.setValue(250);
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("asset-sign-reason"))
                .setValue("Đối chiếu dữ liệu đăng ký xe và đất đai.");
        _click(_get(Button.class, spec -> spec.withId("asset-sign-start")));
        assertThat(millions.getErrorMessage()).isEqualTo("Dấu hiệu vi phạm cần tài sản tăng không giải trình được từ 300.000.000 đồng trở lên.");
        assertThat(verifications.ofYear(f.chair(), YEAR)).isEmpty();

        millions.setValue(350);
        _click(_get(Button.class, spec -> spec.withId("asset-sign-start")));
        assertThat(verifications.ofYear(f.chair(), YEAR)).singleElement()
                .extracting(AssetVerification::getTrigger).isEqualTo(AssetVerificationTrigger.SIGN_OF_VIOLATION);
        Grid<AssetVerificationService.Row> opened = _get(Grid.class, spec -> spec.withId("asset-verifications"));
        assertThat(GridKt._getFormattedRow(opened, 0)).contains("Dấu hiệu vi phạm");
    }

    @Test
    void the_chair_concluding_sees_the_explanation_and_the_amounts_above_the_form() {
        vn.ktgs.casefile.CaseFile c = verifications.startOnSign(f.chair(), YEAR, f.declarantMemberIds().get(0), 500_000_000L,
                "Dữ liệu đăng ký đất đai.");
        String inspector = f.committee().inspector();
        driver.complete(f.committee().chair(), c.getId(), AssetVerificationProcess.TASK_APPROVE, CaseDriver.values("decision", "APPROVE",
                "team", "Tổ xác minh"));
        driver.complete(inspector, c.getId(), AssetVerificationProcess.TASK_REQUEST_EXPLANATION, CaseDriver.values("questions",
                "Nguồn tiền mua đất.", "explanationDueDate", java.time.LocalDate.of(YEAR, 4, 20)));
        driver.complete(inspector, c.getId(), AssetVerificationProcess.TASK_RECORD_EXPLANATION, CaseDriver.values("explanation",
                "Vay ngân hàng.", "explainedOn", java.time.LocalDate.of(YEAR, 4, 2)));
        driver.complete(inspector, c.getId(), AssetVerificationProcess.TASK_VERIFY, CaseDriver.values("previousTotal", 1_000_000_000L,
                "declaredTotal", 1_200_000_000L, "verifiedTotal", 1_600_000_000L, "explainedIncrease", 200_000_000L));
        driver.complete(inspector, c.getId(), AssetVerificationProcess.TASK_REPORT, CaseDriver.values("report", "Báo cáo."));

        login(f.committee().chair());
        UI.getCurrent().navigate(vn.ktgs.tasklist.ui.TaskView.class,
                driver.openTask(c.getId(), AssetVerificationProcess.TASK_CONCLUDE).getTaskId());
        java.util.List<String> lines = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(lines).contains("Căn cứ: Dấu hiệu vi phạm · bản kê khai năm 2035",
                "Giải trình nhận ngày 02/04/2035: Vay ngân hàng.",
                "Kê khai lần trước 1.000.000.000 đồng · kê khai lần này 1.200.000.000 đồng · kết quả xác minh 1.600.000.000 đồng"
                        + " · phần tăng đã giải trình 200.000.000 đồng · tăng không giải trình được 400.000.000 đồng",
                "Tài sản tăng không giải trình được từ 300 triệu đồng trở lên: dấu hiệu vi phạm.");
    }
}
