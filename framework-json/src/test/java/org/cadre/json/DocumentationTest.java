package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cadre.model.Framework;
import org.cadre.person.Person;
import org.cadre.report.Codes;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/** The documentation keeps up with the code. */
class DocumentationTest {

    @Test
    void everyProblemCodeIsExplainedInTheErrorsPage() throws Exception {
        String page = Files.readString(Path.of("../docs/errors.md"));
        int codes = 0;
        for (Field field : Codes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes++;
                assertThat(page).as("docs/errors.md explains %s", field.getName())
                        .contains("| `" + field.get(null) + "` |");
            }
        }
        assertThat(codes).isGreaterThan(30);
    }

    @Test
    void theCompleteExamplesOfTheFormatPageLoadWithoutAnyIssue() throws Exception {
        String page = Files.readString(Path.of("../docs/format.md"));
        DocumentLoader loader = DocumentLoader.create();
        List<String> documents = blocks(page, "```json\n").stream()
                .filter(block -> block.startsWith("{\n  \"kind\"") && !block.contains("\n  ...\n")).toList();

        assertThat(documents).hasSize(5);
        for (String document : documents) {
            assertThat(loader.validate(document.getBytes(StandardCharsets.UTF_8), "format.md").issues())
                    .as("issues in%n%s", document).isEmpty();
        }
        Framework framework = loader.loadFramework(documents.get(0), "format.md").orThrow();
        assertThat(loader.loadPerson(documents.get(1), "format.md", framework, LocalDate.of(2026, 3, 1))
                .report().issues()).isEmpty();
        assertThat(loader.loadPlan(documents.get(3), "format.md", framework).report().issues()).isEmpty();
        assertThat(loader.loadCatalogue(documents.get(4).getBytes(StandardCharsets.UTF_8), "format.md", framework)
                .report().issues()).isEmpty();
        String lines = page.substring(page.indexOf("### JSON Lines cohorts"), page.indexOf("\n## Development plans\n"));
        List<Person> people = new ArrayList<>();
        Report report = loader.streamCohort(new ByteArrayInputStream(blocks(lines, "```\n").get(0)
                .getBytes(StandardCharsets.UTF_8)), "format.md", framework, LocalDate.of(2026, 3, 1), people::add);
        assertThat(report.issues()).isEmpty();
        assertThat(people).hasSize(3);
    }

    @Test
    void everyRuleExampleOfTheFormatPageIsARuleTheSchemaAccepts() throws Exception {
        String page = Files.readString(Path.of("../docs/format.md"));
        String section = page.substring(page.indexOf("\n## Rules\n"), page.indexOf("\n## Named rules\n"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(Schemas.id(DocumentKind.FRAMEWORK),
                        Schemas.text(DocumentKind.FRAMEWORK))::get));
        Schema rule = registry.getSchema(SchemaLocation.of(Schemas.id(DocumentKind.FRAMEWORK) + "#/$defs/rule"));
        Schema set = registry.getSchema(SchemaLocation.of(Schemas.id(DocumentKind.FRAMEWORK) + "#/$defs/set"));
        JsonMapper mapper = JsonMapper.builder().build();
        java.util.Set<String> forms = new java.util.TreeSet<>();
        for (String block : blocks(section, "```json\n")) {
            try (MappingIterator<JsonNode> values = mapper.readerFor(JsonNode.class).readValues(block)) {
                while (values.hasNext()) {
                    JsonNode value = values.next();
                    boolean isSet = value.has("subtree") || value.has("tag") || value.has("competencies");
                    assertThat((isSet ? set : rule).validate(value)).as("schema errors in the example %s", value)
                            .isEmpty();
                    if (!isSet) {
                        forms.add(value.propertyNames().iterator().next());
                    }
                }
            }
        }
        assertThat(forms).as("forms with an example").containsExactlyInAnyOrder("level", "all", "any", "not",
                "atLeastOf", "count", "every", "none", "minimum", "mean", "balance", "completed", "enrolled", "fact",
                "factIn", "evidence", "rule");
    }

    /** The text of every fenced block that opens with {@code fence}, without the fences. */
    private static List<String> blocks(String page, String fence) {
        List<String> blocks = new ArrayList<>();
        int at = page.indexOf(fence);
        while (at >= 0) {
            int start = at + fence.length();
            int end = page.indexOf("```\n", start);
            blocks.add(page.substring(start, end));
            at = page.indexOf(fence, end + 4);
        }
        return blocks;
    }

    @Test
    void theLimitsPageGivesEachDefault() throws Exception {
        String page = Files.readString(Path.of("../docs/limits.md"));

        assertThat(page).contains("16 MiB (16,777,216 bytes)")
                .contains("| `maxDepth` | " + Limits.DEFAULT_MAX_DEPTH + " |")
                .contains("| `maxStringLength` | 100,000 characters |")
                .contains("| `maxNumberLength` | " + Limits.DEFAULT_MAX_NUMBER_LENGTH + " characters |")
                .contains("| `maxArrayLength` | 100,000 elements |")
                .contains("| `maxIssues` | 1,000 issues |");
        assertThat(Limits.DEFAULT_MAX_DOCUMENT_BYTES).isEqualTo(16_777_216L);
        assertThat(Limits.DEFAULT_MAX_STRING_LENGTH).isEqualTo(100_000);
        assertThat(Limits.DEFAULT_MAX_ARRAY_LENGTH).isEqualTo(100_000);
        assertThat(Limits.DEFAULT_MAX_ISSUES).isEqualTo(1_000);
    }
}
