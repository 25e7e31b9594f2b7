package dev.airflowaks.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of issue 16, checked on every module's main classes (the cli's tests see them all): no package cycle
 * anywhere under {@code dev.airflowaks}, the checks never compile against the twin, and each module reaches only the
 * modules below it (guide and targets-api at the bottom; diagnosis, reports; deployer; fixtures beside them;
 * conformance; cli on top). A new cycle or an upward dependency fails the build with ArchUnit's list of the offending
 * classes.
 */
class ArchitectureTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.airflowaks");
    }

    @Test
    void noPackageCycles() {
        no_package_cycles.check(main);
    }

    @Test
    void checksDoNotCompileAgainstTheTwin() {
        checks_do_not_compile_against_the_twin.check(main);
    }

    @Test
    void modulesAreLayered() {
        modules_are_layered.check(main);
    }

    static final ArchRule no_package_cycles = slices().matching("dev.airflowaks.(**)").namingSlices("$1")
            .should().beFreeOfCycles()
            .because("a package cycle hides which layer owns a concept (issue 16, Layering)");

    static final ArchRule checks_do_not_compile_against_the_twin = noClasses()
            .that().resideInAPackage("dev.airflowaks.conformance..")
            .should().dependOnClassesThat().resideInAPackage("dev.airflowaks.fixtures..")
            .because("the checks are the product; only cli and tests wire the twin in, through targets-api's "
                    + "ClusterLauncher");

    static final ArchRule modules_are_layered = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("guide").definedBy("dev.airflowaks.guide..")
            .layer("targets-api").definedBy("dev.airflowaks.targets..")
            .layer("diagnosis").definedBy("dev.airflowaks.diagnosis..")
            .layer("reports").definedBy("dev.airflowaks.reports..")
            .layer("deployer").definedBy("dev.airflowaks.deployer..")
            .layer("fixtures").definedBy("dev.airflowaks.fixtures..")
            .layer("conformance").definedBy("dev.airflowaks.conformance..")
            .layer("cli").definedBy("dev.airflowaks.cli..")
            .whereLayer("guide").mayNotAccessAnyLayer()
            .whereLayer("targets-api").mayNotAccessAnyLayer()
            .whereLayer("diagnosis").mayOnlyAccessLayers("guide")
            .whereLayer("reports").mayOnlyAccessLayers("guide")
            .whereLayer("deployer").mayOnlyAccessLayers("guide", "diagnosis")
            .whereLayer("fixtures").mayOnlyAccessLayers("guide", "targets-api")
            .whereLayer("conformance").mayOnlyAccessLayers("guide", "targets-api", "diagnosis", "reports", "deployer")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer();
}
