package org.cadre.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cadre.json.DocumentKind;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.json.Schemas;
import org.cadre.model.Framework;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The shipped documents: valid against the published schema and the loader, listed, and round-tripping. */
class ShippedExamplesTest {

    private static final Path FRAMEWORKS = Path.of("frameworks");
    private static final Path INVALID = Path.of("invalid");

    static Stream<Path> frameworkFiles() throws IOException {
        try (Stream<Path> files = Files.list(FRAMEWORKS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void listsEveryShippedFrameworkFileAndNoOther() throws IOException {
        List<String> onDisk = frameworkFiles().map(file -> file.getFileName().toString()).toList();

        assertThat(ShippedExamples.FRAMEWORKS).containsExactlyInAnyOrderElementsOf(onDisk).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void thePublishedSchemaAcceptsEachShippedFramework(Path file) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Schemas.text(DocumentKind.FRAMEWORK));

        var errors = schema.validate(JsonMapper.builder().build().readTree(Files.readString(file)));

        assertThat(errors).as("schema errors in %s", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void eachShippedFrameworkLoadsWithoutErrorsOrWarnings(Path file) {
        LoadResult<Framework> result = DocumentLoader.create().loadFramework(file);

        assertThat(result.report().issues()).as("issues in %s", file).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("frameworkFiles")
    void eachShippedFrameworkRoundTripsThroughTheWriter(Path file) {
        DocumentLoader loader = DocumentLoader.create();
        Framework loaded = loader.loadFramework(file).orThrow();

        String written = DocumentWriter.create().write(loaded);
        Framework reloaded = loader.loadFramework(written, "written").orThrow();

        assertThat(reloaded).isEqualTo(loaded);
        assertThat(DocumentWriter.create().write(reloaded)).isEqualTo(written);
    }

    @Test
    void theJarHoldsTheSameBytesAsTheRepositoryFiles() throws IOException {
        for (String name : ShippedExamples.FRAMEWORKS) {
            assertThat(ShippedExamples.framework(name)).as(name).isEqualTo(Files.readAllBytes(FRAMEWORKS.resolve(name)));
        }
        assertThat(ShippedExamples.invalid(ShippedExamples.BROKEN_FRAMEWORK))
                .isEqualTo(Files.readAllBytes(INVALID.resolve(ShippedExamples.BROKEN_FRAMEWORK)));
    }

    @Test
    void theBrokenExampleIsReportedWithEachOfItsDefects() {
        Report report = DocumentLoader.create().validate(INVALID.resolve(ShippedExamples.BROKEN_FRAMEWORK));

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.COMPETENCY_PARENT_UNKNOWN, "/competencies/2/parent"),
                org.assertj.core.groups.Tuple.tuple(Codes.INDICATOR_LEVEL_UNKNOWN, "/competencies/3/indicators/expert"),
                org.assertj.core.groups.Tuple.tuple(Codes.COMPETENCY_DUPLICATE_ID, "/competencies/5/id"),
                org.assertj.core.groups.Tuple.tuple(Codes.TARGET_LEVEL_UNKNOWN,
                        "/programmes/1/targetProfile/hlm.inspiring-shared-purpose"),
                org.assertj.core.groups.Tuple.tuple(Codes.PROGRAMME_CYCLE, "/programmes/6/leadsTo/0"));
        assertThat(report.errors().get(0).message()).contains("did you mean [hlm]?");
    }

    @Test
    void theHealthcareLeadershipModelHasItsNineDimensionsOnTheFourLevelScale() {
        Framework hlm = DocumentLoader.create().loadFramework(FRAMEWORKS.resolve("nhs-hlm.json")).orThrow();

        assertThat(hlm.children("hlm")).extracting(c -> c.title()).containsExactly("Inspiring shared purpose",
                "Leading with care", "Evaluating information", "Connecting our service", "Sharing the vision",
                "Engaging the team", "Holding to account", "Developing capability", "Influencing for results");
        assertThat(hlm.scale("hlm-4").orElseThrow().levelsByRank()).extracting(l -> l.id())
                .containsExactly("essential", "proficient", "strong", "exemplary");
        hlm.children("hlm").forEach(dimension -> assertThat(dimension.indicators().keySet())
                .as(dimension.id()).containsExactly("essential", "proficient", "strong", "exemplary"));
    }
}
