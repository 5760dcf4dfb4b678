package org.rightsdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.rightsdesk.RightsdeskApplication;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The package-per-feature layout is a promise: modules use each other only through their
 * public top-level types, there are no cycles, and the shells stay shells.
 */
class ModuleBoundariesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RightsdeskApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.rightsdesk");

    @Test
    void modulesRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void featureModulesNeverReachIntoTheShells() {
        noClasses().that().resideOutsideOfPackages("org.rightsdesk.web..", "org.rightsdesk.cli..", "org.rightsdesk")
                .should().dependOnClassesThat().resideInAnyPackage("org.rightsdesk.web..", "org.rightsdesk.cli..")
                .check(CLASSES);
    }

    @Test
    void theRegimeEngineIsPureJava() {
        // Rules as code: no Spring, no database, no other Rightsdesk module. Jackson (its JSON
        // codec) and the JDK are all it may use, so the CLI runs it without a context.
        noClasses().that().resideInAPackage("org.rightsdesk.regime..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..", "org.rightsdesk.accounts..", "org.rightsdesk.storage..", "org.rightsdesk.vault..",
                        "org.rightsdesk.cases..", "org.rightsdesk.monitor..", "org.rightsdesk.ingest..", "org.rightsdesk.search..",
                        "org.rightsdesk.web..", "org.rightsdesk.cli..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.rightsdesk.regime..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.rightsdesk.RightsdeskApplication")
                .check(CLASSES);
    }

    @Test
    void theRegimeEngineNeverReadsTheClock() {
        // The evaluation day is an input: no LocalDate.now(), Clock or System.currentTimeMillis().
        noClasses().that().resideInAPackage("org.rightsdesk.regime..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }

    @Test
    void theWebShellDoesNotWriteSqlOfItsOwn() {
        noClasses().that().resideInAPackage("org.rightsdesk.web")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }
}
