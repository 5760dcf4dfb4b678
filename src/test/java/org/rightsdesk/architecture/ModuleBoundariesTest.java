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
    void theWebShellDoesNotWriteSqlOfItsOwn() {
        noClasses().that().resideInAPackage("org.rightsdesk.web")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(CLASSES);
    }
}
