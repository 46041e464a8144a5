package vn.ktgs.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ktgs.discipline.DisciplineRecordStatus;

/** Keys built from enum names or passed on as values (TranslationsTest sees only getTranslation literals): each is translated. */
class ComplaintTranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_vi.properties"})
    void every_reason_status_and_outcome_shown_on_the_case_page_is_translated(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        // keys the section, the task context and the intake page pass on (not as getTranslation literals)
        List<String> keys = new ArrayList<>(List.of("complaint.decisionLine", "complaint.datesLine", "complaint.refused",
                "complaint.notReceived", "complaint.admissible", "complaint.inadmissible", "complaint.alsoDenounces",
                "complaint.deadlineLine", "complaint.replyTo", "complaint.section", "complaint.title", "complaint.submit",
                "complaint.registered", "complaint.nav", "propose.title", "propose.submit", "propose.done"));
        for (InadmissibleReason r : InadmissibleReason.values()) {
            keys.add(r.labelKey());
        }
        for (ComplaintStatus s : ComplaintStatus.values()) {
            keys.add("complaint.status." + s);
        }
        for (ComplaintOutcome o : ComplaintOutcome.values()) {
            keys.add("complaint.outcome." + o);
        }
        for (DisciplineRecordStatus s : DisciplineRecordStatus.values()) {
            keys.add("complaint.discipline." + s);
        }
        assertThat(keys).allMatch(k -> p.getProperty(k) != null && !p.getProperty(k).isBlank());
    }
}
