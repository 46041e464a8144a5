package vn.ktgs.casefile;

import static com.github.mvysny.kaributesting.v10.LocatorJ.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import vn.ktgs.audit.AuditEntry;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.support.KaribuTest;

/** The case page's discussion, as the chair and an inspector of the committee use it. */
class CommentsSectionTest extends KaribuTest {

    @Test
    void the_people_on_a_case_discuss_it_and_each_edits_or_deletes_only_their_own() {
        CaseFile c = driver.proposeOrgInspection("kiemtra1", "KCQ-B36");
        CaseComments comments = context.getBean(CaseComments.class);
        login("chunhiem");
        UI.getCurrent().navigate("cases/" + c.getId());

        // nothing typed: refused beside the field
        _click(_get(Button.class, spec -> spec.withId("comment-add")));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-new")).getErrorMessage()).isEqualTo("Bắt buộc nhập.");

        _setValue(_get(TextArea.class, spec -> spec.withId("comment-new")), "Đề nghị làm rõ nguồn tin.\nGặp đơn vị trước ngày 10.");
        _click(_get(Button.class, spec -> spec.withId("comment-add")));
        CaseComment written = comments.of(driver.user("chunhiem"), c.getId()).get(0);
        Div row = _get(Div.class, spec -> spec.withId("comment-" + written.getId()));
        assertThat(row.getElement().getTextRecursively()).contains("Phạm Thị Thanh Nhiệm · ", "Đề nghị làm rõ nguồn tin.\nGặp đơn vị trước ngày 10.");

        _click(_get(Button.class, spec -> spec.withId("comment-edit-" + written.getId())));
        _setValue(_get(TextArea.class, spec -> spec.withId("comment-text-" + written.getId())), "Đề nghị làm rõ nguồn tin.");
        _click(_get(Button.class, spec -> spec.withId("comment-save-" + written.getId())));
        assertThat(_get(Div.class, spec -> spec.withId("comment-" + written.getId())).getElement().getTextRecursively())
                .contains("(đã sửa lúc", "Đề nghị làm rõ nguồn tin.").doesNotContain("trước ngày 10");

        // another member of the committee reads it and may not change it; a subject's contact may not read it
        login("kiemtra1");
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("cases/" + c.getId());
        assertThat(_get(Div.class, spec -> spec.withId("comment-" + written.getId())).getElement().getTextRecursively())
                .contains("Đề nghị làm rõ nguồn tin.");
        _assertNone(Button.class, spec -> spec.withId("comment-edit-" + written.getId()));
        assertThatThrownBy(() -> comments.delete(driver.user("kiemtra1"), written.getId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> comments.of(driver.user("lienhe"), c.getId())).isInstanceOf(RuntimeException.class);

        login("chunhiem");
        UI.getCurrent().navigate("inbox");
        UI.getCurrent().navigate("cases/" + c.getId());
        _click(_get(Button.class, spec -> spec.withId("comment-delete-" + written.getId())));
        _assertNone(Div.class, spec -> spec.withId("comment-" + written.getId()));
        assertThat(context.getBean(AuditTrail.class).of("case:" + c.getId())).extracting(AuditEntry::getAction)
                .contains("comment-edited", "comment-deleted");
    }
}
