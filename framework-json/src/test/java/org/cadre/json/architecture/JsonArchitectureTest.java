package org.cadre.json.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON module's API shows no Jackson, schema-validator, CSV or internal types; only org.cadre.json and
 * org.cadre.json.interop (imports and exports of other formats) are exported.
 */
class JsonArchitectureTest {

    private static final JavaClasses JSON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadre.json");

    @Test
    void publicApiSignaturesUseNoLibraryOrInternalTypes() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.cadre.json", "org.cadre.json.interop")
                .and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a type outside Jackson, networknt, Hibernate, Commons CSV and org.cadre.json.internal",
                        (com.tngtech.archunit.core.domain.JavaClass type) -> !isHidden(type.getName())))
                .check(JSON);
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.cadre.json", "org.cadre.json.interop")
                .and().arePublic()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "take no Jackson, networknt, Hibernate, Commons CSV or internal parameter types") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        method.getRawParameterTypes().stream().filter(type -> isHidden(type.getName()))
                                .forEach(type -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                        method, method.getFullName() + " takes " + type.getName())));
                    }
                })
                .check(JSON);
    }

    private static boolean isHidden(String name) {
        return name.startsWith("tools.jackson") || name.startsWith("com.fasterxml") || name.startsWith("com.networknt")
                || name.startsWith("org.hibernate") || name.startsWith("org.apache.commons")
                || name.startsWith("org.cadre.json.internal");
    }

    @Test
    void theInternalPackageDoesNotDependOnTheApiPackageExceptForItsValueTypes() {
        noClasses().that().resideInAPackage("org.cadre.json.internal")
                .should().dependOnClassesThat().haveSimpleName("DocumentLoader")
                .check(JSON);
    }

    @Test
    void theModuleExportsOnlyItsApiPackage() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next()
                .descriptor();

        assertThat(module.name()).isEqualTo("org.cadre.json");
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.cadre.json", "org.cadre.json.interop");
    }
}
