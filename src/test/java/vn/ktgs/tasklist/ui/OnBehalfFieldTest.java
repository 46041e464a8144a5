package vn.ktgs.tasklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.support.KaribuTest;
import vn.ktgs.tasklist.form.FormDefinition;
import vn.ktgs.tasklist.form.FormParser;

/** "Entered on the subject's behalf" is the inspector's box: the subject's contact does not get it (onlyForRoles). */
class OnBehalfFieldTest extends KaribuTest {

    @Test
    void the_inspector_sees_the_on_behalf_box_and_the_subjects_contact_does_not() throws Exception {
        for (String form : List.of("forms/inspection/inspection-self-report.form", "forms/inspection/inspection-subject-report.form",
                "forms/remediation/remediation-plan.form", "forms/remediation/remediation-report.form")) {
            FormDefinition definition;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(form)) {
                definition = FormParser.parse(in);
            }
            assertThat(keys(definition, login("kiemtra1"))).as(form).contains("onBehalf");
            assertThat(keys(definition, login("bithu"))).as(form).contains("onBehalf");
            assertThat(keys(definition, login("lienhe"))).as(form).doesNotContain("onBehalf").isNotEmpty();
        }
    }

    private static java.util.Set<String> keys(FormDefinition definition, KtgsUser user) {
        return new FormRenderer(List.of(), user, LocalDate.now()).render(definition).values().keySet();
    }
}
