package org.cadre.json.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadre.json.DocumentLoader;
import org.cadre.model.Framework;
import org.cadre.report.Codes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every CASE package of the test data imports, exports to a package the CASE 1.0 schema accepts, and comes
 * back with the same document fields, items and associations (compared by identifier, so up to order).
 */
class CaseRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CaseExport EXPORT = CaseExport.create(URI.create("https://example.org/case"))
            .withLastChange(OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC));

    static Stream<Path> packages() {
        return CaseTestData.packages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void everyPackageImportsWithoutErrors(Path file) {
        ImportResult result = CaseImport.create().read(file);

        assertThat(result.report().errors()).as(result.report().toString()).isEmpty();
        Framework framework = result.orThrow();
        assertThat(DocumentLoader.create().check(framework).errors()).isEmpty();
        JsonNode original = read(file);
        assertThat(framework.competencies()).hasSize(original.path("CFItems").size());
        assertThat(framework.title()).isEqualTo(original.path("CFDocument").path("title").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void everyPackageExportsToAPackageTheCaseSchemaAccepts(Path file) {
        Framework framework = CaseImport.create().read(file).orThrow();

        String exported = EXPORT.write(framework).text();

        assertThat(CaseTestData.validate(exported)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void everyPackageRoundTripsItsDocumentItemsAndAssociations(Path file) {
        JsonNode original = normalized(read(file));
        Framework framework = CaseImport.create().read(file).orThrow();

        JsonNode exported = parse(EXPORT.write(framework).text());

        assertThat(exported.get("CFDocument")).isEqualTo(original.get("CFDocument"));
        assertThat(byIdentifier(exported.path("CFItems"))).isEqualTo(byIdentifier(original.path("CFItems")));
        assertThat(byIdentifier(exported.path("CFAssociations")))
                .isEqualTo(byIdentifier(original.path("CFAssociations")));
        assertThat(exported.get("CFDefinitions")).isEqualTo(original.get("CFDefinitions"));
        assertThat(exported.get("CFRubrics")).isEqualTo(original.get("CFRubrics"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void aPackageThatWasExportedImportsToTheSameFramework(Path file) {
        Framework framework = CaseImport.create().read(file).orThrow();
        String exported = EXPORT.write(framework).text();

        ImportResult again = CaseImport.create().read(exported.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "exported");

        assertThat(org.cadre.json.DocumentWriter.create().write(again.orThrow()))
                .isEqualTo(org.cadre.json.DocumentWriter.create().write(framework));
        assertThat(again.orThrow()).isEqualTo(framework);
    }

    @org.junit.jupiter.api.Test
    void theSampleFrameworkKeepsItsTreeOrderRelationsAndExternalMatches() {
        Path file = CaseTestData.requireFolder().resolve("opensalt-sample-framework.json");
        ImportResult result = CaseImport.create().read(file);
        Framework framework = result.orThrow();

        assertThat(result.report().warnings()).extracting(issue -> issue.code()).contains(Codes.CASE_NORMALIZED);
        assertThat(framework.roots()).extracting(competency -> competency.id())
                .containsExactly("CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A");
        assertThat(framework.competency("CCSS.Math.Content.6.RP.A").orElseThrow().kind()).hasValue("cluster");
        assertThat(framework.competencies().stream().flatMap(competency -> competency.relations().stream())
                .map(relation -> relation.type())).contains("precedes");
        // exactMatchOf links to items of other frameworks: kept under x-case, not turned into relations
        assertThat(framework.competency("CCSS.Math.Content.6.RP.A").orElseThrow().extensions().json("x-case"))
                .hasValueSatisfying(json -> assertThat(json).contains("exactMatchOf"));
    }

    @org.junit.jupiter.api.Test
    void siblingsFollowTheirSequenceNumbers() {
        Path file = CaseTestData.requireFolder().resolve("SequenceNumberFramework.json");

        Framework framework = CaseImport.create().read(file).orThrow();

        assertThat(framework.roots()).extracting(competency -> competency.id()).containsExactly("SNT.2", "SNT.1");
    }

    /**
     * The corrections the import makes and reports: dates without a time zone read as UTC, sequence numbers in
     * quotes as numbers, null fields of definitions as absent.
     */
    private static JsonNode normalized(JsonNode root) {
        fix(root.get("CFDocument"));
        root.path("CFItems").forEach(CaseRoundTripTest::fix);
        root.path("CFAssociations").forEach(CaseRoundTripTest::fix);
        root.path("CFDefinitions").properties().forEach(list -> list.getValue().forEach(node -> {
            fix(node);
            List<String> empty = new ArrayList<>();
            node.properties().forEach(field -> {
                if (field.getValue().isNull()) {
                    empty.add(field.getKey());
                }
            });
            empty.forEach(((ObjectNode) node)::remove);
        }));
        return root;
    }

    private static void fix(JsonNode node) {
        ObjectNode object = (ObjectNode) node;
        String date = object.path("lastChangeDateTime").asString("");
        if (date.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}")) {
            object.put("lastChangeDateTime", date + "+00:00");
        }
        JsonNode sequence = object.get("sequenceNumber");
        if (sequence != null && sequence.isString()) {
            object.put("sequenceNumber", Integer.parseInt(sequence.asString()));
        }
    }

    private static Map<String, JsonNode> byIdentifier(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(node -> map.put(node.get("identifier").asString(), node));
        return map;
    }

    private static JsonNode read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String text) {
        return JSON.readTree(text);
    }
}
