package vn.ktgs.denunciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;

/** The keys the denunciation pages build from enum names exist in both languages (TranslationsTest sees only literals). */
class DenunciationTranslationsTest {

    @Test
    void every_enum_label_is_translated_in_vietnamese_and_english() throws Exception {
        List<String> keys = new ArrayList<>();
        add(keys, "denunciation.channel.", Channel.values());
        add(keys, "denunciation.accusedKind.", AccusedKind.values());
        add(keys, "denunciation.outcome.", Outcome.values());
        add(keys, "denunciation.conclusion.", Conclusion.values());
        add(keys, "denunciation.file.", DenunciationFile.Kind.values());
        add(keys, "denunciation.purpose.", IdentityRead.Purpose.values());
        keys.addAll(List.of("denunciation.signed.ORIGINAL", "denunciation.signed.COPY",
                "document.kind." + vn.ktgs.document.DocumentKind.DENUNCIATION_RESULT, "document.kind." + vn.ktgs.document.DocumentKind.DENUNCIATION_REFERRAL));
        for (String file : List.of("translations.properties", "translations_vi.properties")) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", file), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(keys.stream().filter(k -> p.getProperty(k) == null || p.getProperty(k).isBlank()).toList()).as(file).isEmpty();
        }
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        Arrays.stream(values).forEach(v -> keys.add(prefix + v.name()));
    }
}
