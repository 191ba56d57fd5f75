package org.cadre.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** framework-core stays small: the model never sees Jackson or any other library, and packages do not cycle. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cadre");

    @Test
    void coreDependsOnlyOnTheJdkBeanValidationAndSlf4j() {
        classes().that().resideInAPackage("org.cadre..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.validation..",
                        "org.slf4j..", "org.cadre..")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.cadre.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void thePomDeclaresOnlyTheTwoAllowedCompileDependencies() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        Set<String> compile = new java.util.TreeSet<>();
        while (dependency.find()) {
            String body = dependency.group(1);
            if (!body.contains("<scope>test</scope>")) {
                Matcher artifact = Pattern.compile("<artifactId>(.*?)</artifactId>").matcher(body);
                assertThat(artifact.find()).isTrue();
                compile.add(artifact.group(1));
            }
        }
        assertThat(compile).containsExactlyInAnyOrder("jakarta.validation-api", "slf4j-api");
    }

    @Test
    void theModuleExportsOnlyTheApiPackagesAndRequiresOnlyItsTwoDependencies() {
        ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next()
                .descriptor();

        assertThat(module.name()).isEqualTo("org.cadre.core");
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.cadre.model", "org.cadre.person", "org.cadre.report", "org.cadre.check",
                        "org.cadre.evaluation", "org.cadre.plan");
        assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("java.base", "jakarta.validation", "org.slf4j");
    }
}
