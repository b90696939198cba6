package dev.goldshop.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module dependency direction and the {@code internal} boundary, checked on the compiled
 * classes of every module.
 *
 * <pre>
 * gold-core  &lt;-  gold-persistence  &lt;-  gold-media, gold-automation  &lt;-  examples
 * </pre>
 */
class ArchitectureTest {
    private static final String CORE = "dev.goldshop.core..";
    private static final String[] PERSISTENCE = {"dev.goldshop.engine..", "dev.goldshop.persistence.."};
    private static final String MEDIA = "dev.goldshop.media..";
    private static final String AUTOMATION = "dev.goldshop.automation..";
    private static final String EXAMPLES = "dev.goldshop.examples..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.goldshop");
    }

    @Test
    void gold_core_has_no_jdbc_mybatis_or_flyway() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.apache.ibatis..", "org.flywaydb..", "com.zaxxer..", "org.postgresql..",
                        "io.zonky..")
                .check(classes);
    }

    @Test
    void gold_core_depends_on_no_other_module() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        PERSISTENCE[0], PERSISTENCE[1], MEDIA, AUTOMATION, EXAMPLES)
                .check(classes);
    }

    @Test
    void the_engine_does_not_depend_on_the_modules_that_plug_into_it() {
        noClasses().that().resideInAnyPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(MEDIA, AUTOMATION, EXAMPLES)
                .check(classes);
    }

    @Test
    void media_and_automation_do_not_depend_on_each_other() {
        noClasses().that().resideInAPackage(MEDIA)
                .should().dependOnClassesThat().resideInAnyPackage(AUTOMATION, EXAMPLES).check(classes);
        noClasses().that().resideInAPackage(AUTOMATION)
                .should().dependOnClassesThat().resideInAnyPackage(MEDIA, EXAMPLES).check(classes);
    }

    @Test
    void no_module_touches_the_internal_packages_of_another() {
        noClasses().that().resideOutsideOfPackages(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.goldshop.persistence.internal..",
                        "dev.goldshop.engine.internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("dev.goldshop.core..internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(MEDIA)
                .should().dependOnClassesThat().resideInAPackage("dev.goldshop.media.internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(AUTOMATION)
                .should().dependOnClassesThat().resideInAPackage("dev.goldshop.automation.internal..")
                .check(classes);
    }

    @Test
    void no_double_or_float_is_used_for_money_or_weight_in_the_value_types() {
        noClasses().that().resideInAPackage("dev.goldshop.core.value..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float")
                .check(classes);
    }
}
