package vn.ktgs.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ktgs.casefile.CaseLinkKind;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.document.DocumentKind;
import vn.ktgs.inspection.FindingKind;
import vn.ktgs.inspection.ViolationSource;
import vn.ktgs.programme.ItemKind;
import vn.ktgs.programme.ProgrammeKind;
import vn.ktgs.programme.ProgrammeStatus;
import vn.ktgs.remediation.*;
import vn.ktgs.supervision.ObservationKind;
import vn.ktgs.supervision.SignStatus;

/**
 * Every message key the code names exists in Vietnamese and in English: the keys written out in
 * {@code getTranslation("…")} and {@code @Menu} titles, the codes of field errors and upload refusals
 * ({@code form.error.<code>}), and the keys built from an enum's names. Branches add keys in parallel,
 * so a key missing from one file is easily merged in unseen; the user would see "!{key}!".
 */
class TranslationsTest {

    private static final Pattern LITERAL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern MENU = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    /** The code of {@code FieldError.of(field, "code", …)}; the field may be an expression with one level of parentheses. */
    private static final Pattern ERROR_CODE = Pattern.compile(
            "(?:FieldError|FormValidationException)\\.of\\((?:[^,()]|\\([^()]*\\))*,\\s*\"([^\"]+)\"");
    private static final Pattern REFUSAL = Pattern.compile("new Refusal\\(\\s*\"([^\"]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                collect(LITERAL, code, "", keys);
                collect(MENU, code, "", keys);
                collect(ERROR_CODE, code, "form.error.", keys);
                collect(REFUSAL, code, "form.error.", keys);
            }
        }
        return keys;
    }

    private static void collect(Pattern pattern, String code, String prefix, Set<String> into) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            into.add(prefix + m.group(1));
        }
    }

    /** Keys the views build as prefix + an enum constant's name. */
    private static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>();
        names(keys, "status.", CaseStatus.values());
        names(keys, "source.", ViolationSource.values());
        names(keys, "document.kind.", DocumentKind.values());
        names(keys, "finding.kind.", FindingKind.values());
        names(keys, "notice.status.", NoticeStatus.values());
        names(keys, "outcome.", ConclusionOutcome.values());
        names(keys, "plan.status.", PlanStatus.values());
        names(keys, "report.kind.", ReportKind.values());
        names(keys, "report.decision.", RemediationReport.Decision.values());
        names(keys, "requirement.status.", RequirementStatus.values());
        names(keys, "observation.", ObservationKind.values());
        names(keys, "sign.", SignStatus.values());
        names(keys, "programme.kind.", ProgrammeKind.values());
        names(keys, "programme.kind.", ItemKind.values());
        names(keys, "programme.status.", ProgrammeStatus.values());
        for (CaseLinkKind kind : CaseLinkKind.values()) {
            keys.add("caselink." + kind.name() + ".out");
            keys.add("caselink." + kind.name() + ".in");
        }
        return keys;
    }

    private static void names(Set<String> into, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            into.add(prefix + v.name());
        }
    }

    @Test
    void both_languages_hold_the_same_keys() throws IOException {
        Set<String> vi = load("translations_vi.properties").stringPropertyNames();
        Set<String> en = load("translations.properties").stringPropertyNames();
        assertThat(new TreeSet<>(vi)).as("keys only in Vietnamese").isSubsetOf(en);
        assertThat(new TreeSet<>(en)).as("keys only in English").isSubsetOf(vi);
    }

    /** Parallel branches each append a block (the files merge by union): a key defined twice silently loses one text. */
    @Test
    void no_key_is_defined_twice() throws IOException {
        for (String name : List.of("translations_vi.properties", "translations.properties")) {
            Map<String, Integer> seen = new TreeMap<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/vaadin-i18n", name), StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                    seen.merge(line.substring(0, line.indexOf('=')).trim(), 1, Integer::sum);
                }
            }
            seen.values().removeIf(count -> count == 1);
            assertThat(seen).as("keys defined more than once in " + name).isEmpty();
        }
    }

    @Test
    void every_key_the_code_names_is_translated_in_both_languages() throws IOException {
        Set<String> used = keysInCode();
        used.addAll(enumKeys());
        assertThat(used).as("the scan found the keys").hasSizeGreaterThan(300);
        for (String file : List.of("translations_vi.properties", "translations.properties")) {
            Set<String> defined = load(file).stringPropertyNames();
            assertThat(used.stream().filter(k -> !defined.contains(k)).toList()).as("keys missing from %s", file).isEmpty();
        }
    }
}
