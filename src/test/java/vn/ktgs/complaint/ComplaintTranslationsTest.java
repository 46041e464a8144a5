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

/** The case section builds keys from enum names (TranslationsTest sees only literal keys): each is translated. */
class ComplaintTranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations.properties", "translations_vi.properties"})
    void every_reason_status_and_outcome_shown_on_the_case_page_is_translated(String file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        List<String> keys = new ArrayList<>();
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
