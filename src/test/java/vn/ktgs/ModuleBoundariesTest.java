package vn.ktgs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.repository.Repository;

/**
 * The modules of KTGS and what each may use (docs/architecture.md draws them). Every top-level package under
 * {@code vn.ktgs} is a module. The core is layered: each core module uses only the modules listed under it, so the
 * kernel is a leaf and nothing in the core knows a feature. Features sit on top: they may use the core and, without
 * a cycle, each other. A module's {@code ui} package is its own, except the shared UI parts named in
 * {@link #PUBLISHED_UI}. What cannot be untangled yet is listed in {@link #KNOWN_CYCLES}, each with its reason.
 */
class ModuleBoundariesTest {

    static final JavaClasses KTGS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ktgs");

    /** The core, bottom up: each module and the modules it may use. */
    static final Map<String, Set<String>> CORE = core(
            "kernel", Set.of(),
            "organization", Set.of("kernel"),
            "base", Set.of("kernel", "organization"),
            "audit", Set.of("kernel", "organization"),
            "casefile", Set.of("kernel", "organization", "base", "audit"),
            "calendar", Set.of("kernel", "organization", "base", "audit", "casefile"),
            "tasklist", Set.of("kernel", "organization", "base", "audit", "casefile", "calendar"),
            "document", Set.of("kernel", "organization", "base", "audit", "casefile", "calendar", "tasklist"));

    /** Shared UI parts other modules build their pages with. */
    static final List<String> PUBLISHED_UI = List.of(
            "vn.ktgs.base.ui..",                  // layout, upload texts
            "vn.ktgs.tasklist.ui.FormRenderers",  // renders a Camunda form for a user
            "vn.ktgs.tasklist.ui.FormRenderer",
            "vn.ktgs.tasklist.ui.StartForm",      // a process's start form on a page of its own
            "vn.ktgs.casefile.ui.DocumentLinks"); // a case document's download and preview links

    /** Cycles between modules not untangled yet: origin class, target class, and why it stays for now. */
    record KnownCycle(String origin, String target, String why) {
    }

    static final List<KnownCycle> KNOWN_CYCLES = List.of();

    @Test
    void modules_depend_on_each_other_without_a_cycle() {
        SliceRule rule = slices().matching("vn.ktgs.(*)..").namingSlices("$1").should().beFreeOfCycles();
        for (KnownCycle known : KNOWN_CYCLES) {
            rule = rule.ignoreDependency(JavaClass.Predicates.type(KTGS.get(known.origin()).reflect()),
                    JavaClass.Predicates.type(KTGS.get(known.target()).reflect()));
        }
        rule.check(KTGS);
    }

    static Stream<Arguments> coreModules() {
        return CORE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} uses only {1}")
    @MethodSource("coreModules")
    void a_core_module_uses_only_the_modules_below_it(String module, Set<String> below) {
        Set<String> forbidden = new TreeSet<>(modules());
        forbidden.remove(module);
        forbidden.removeAll(below);
        noClasses().that().resideInAPackage("vn.ktgs." + module + "..")
                .should().dependOnClassesThat(resideInAnyModule(forbidden))
                .because(module + " is in the core: it may use " + below + " and nothing above")
                .check(KTGS);
    }

    @Test
    void a_module_keeps_its_pages_to_itself() {
        for (String module : modules()) {
            noClasses().that().resideOutsideOfPackage("vn.ktgs." + module + "..")
                    .should().dependOnClassesThat(resideInAPackage("vn.ktgs." + module + ".ui..")
                            .and(DescribedPredicate.not(published())))
                    .because("a page belongs to its module; shared UI parts are published in PUBLISHED_UI")
                    .allowEmptyShould(true)
                    .check(KTGS);
        }
    }

    @Test
    void views_call_services_not_the_engine_or_repositories() {
        // catching the engine's exceptions (a race lost) is the view's business; calling the engine is not
        noClasses().that().resideInAPackage("vn.ktgs..ui..").and().areAssignableTo(Component.class)
                .should().dependOnClassesThat(resideInAPackage("org.camunda.bpm.engine..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Throwable.class))))
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(KTGS);
    }

    @Test
    void the_module_list_is_the_packages_on_disk() {
        // a new top-level package is a new module: it must be seen by the rules above, not slip between them
        assertThat(modules()).containsAll(CORE.keySet()).contains("inspection", "denunciation", "deadline");
    }

    static Set<String> modules() {
        return KTGS.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("vn.ktgs."))
                .map(p -> p.substring("vn.ktgs.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static DescribedPredicate<JavaClass> resideInAnyModule(Set<String> modules) {
        return JavaClass.Predicates.resideInAnyPackage(modules.stream().map(m -> "vn.ktgs." + m + "..").toArray(String[]::new));
    }

    private static DescribedPredicate<JavaClass> published() {
        DescribedPredicate<JavaClass> any = DescribedPredicate.alwaysFalse();
        for (String part : PUBLISHED_UI) {
            any = any.or(part.endsWith("..") ? resideInAPackage(part) : JavaClass.Predicates.belongToAnyOf(classFor(part)));
        }
        return any;
    }

    private static Class<?> classFor(String name) {
        return KTGS.get(name).reflect();
    }

    private static Map<String, Set<String>> core(Object... moduleAndBelow) {
        Map<String, Set<String>> core = new LinkedHashMap<>();
        for (int i = 0; i < moduleAndBelow.length; i += 2) {
            @SuppressWarnings("unchecked")
            Set<String> below = (Set<String>) moduleAndBelow[i + 1];
            core.put((String) moduleAndBelow[i], below);
        }
        return core;
    }
}
