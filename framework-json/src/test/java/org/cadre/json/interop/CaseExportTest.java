package org.cadre.json.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Relation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CaseExport EXPORT = CaseExport.create(URI.create("https://leadership.example.org/case/"))
            .withLastChange(OffsetDateTime.of(2026, 11, 26, 9, 0, 0, 0, ZoneOffset.UTC));

    static Framework nhs() {
        return DocumentLoader.create().loadFramework(Path.of("../examples/frameworks/nhs-hlm.json")).orThrow();
    }

    @Test
    void theHealthcareLeadershipModelExportsToCaseAndBackToAnEqualFramework() {
        Framework framework = nhs();

        ExportResult exported = EXPORT.write(framework);
        Framework back = CaseImport.create().read(exported.text().getBytes(StandardCharsets.UTF_8), "nhs.case.json")
                .orThrow();

        assertThat(DocumentWriter.create().write(back)).isEqualTo(DocumentWriter.create().write(framework));
        assertThat(back).isEqualTo(framework);
    }

    @Test
    void theHealthcareLeadershipModelExportsToAPackageTheCaseSchemaAccepts() {
        CaseTestData.requireFolder();

        assertThat(CaseTestData.validate(EXPORT.write(nhs()).text())).isEmpty();
    }

    @Test
    void whatCaseCannotCarryIsNamedInWarningsAndKeptUnderXCadre() {
        ExportResult exported = EXPORT.write(nhs());
        JsonNode pkg = JSON.readTree(exported.text());

        assertThat(exported.report().errors()).isEmpty();
        assertThat(exported.report().warnings()).extracting(Issue::code).containsOnly(Codes.CASE_NOT_CARRIED);
        assertThat(exported.report().warnings().get(0).message()).contains("programmes", "rules", "ratingPolicy");
        assertThat(pkg.path("CFDocument").path("x-cadre").has("programmes")).isTrue();
        assertThat(pkg.path("CFItems").get(1).path("x-cadre").has("indicators")).isTrue();
    }

    @Test
    void identifiersAreNameBasedUuidsAndUrisStartWithTheBaseUri() {
        Framework framework = nhs();
        JsonNode first = JSON.readTree(EXPORT.write(framework).text());
        JsonNode second = JSON.readTree(CaseExport.create(URI.create("https://leadership.example.org/case"))
                .withLastChange(OffsetDateTime.of(2027, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).write(framework).text());

        String document = first.path("CFDocument").path("identifier").asString();
        assertThat(document).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(first.path("CFDocument").path("uri").asString())
                .isEqualTo("https://leadership.example.org/case/CFDocuments/" + document);
        List<String> firstIds = new ArrayList<>();
        List<String> secondIds = new ArrayList<>();
        first.path("CFItems").forEach(item -> firstIds.add(item.path("identifier").asString()));
        second.path("CFItems").forEach(item -> secondIds.add(item.path("identifier").asString()));
        assertThat(firstIds).hasSize(framework.competencies().size()).doesNotHaveDuplicates().isEqualTo(secondIds);
        assertThat(first.path("CFItems").get(0).path("uri").asString())
                .startsWith("https://leadership.example.org/case/CFItems/");
        assertThat(first.path("CFItems").get(0).path("humanCodingScheme").asString()).isEqualTo("hlm");
    }

    @Test
    void relationsBecomeAssociationsAndComeBack() {
        Framework framework = Framework.builder("demo", "1.2.0", "Demo")
                .scale(ProficiencyScale.builder("two", "Two steps").level("basic", "Basic", 1)
                        .level("advanced", "Advanced", 2).build())
                .competency(Competency.builder("a", "Alpha").scale("two").build())
                .competency(Competency.builder("b", "Beta").parent("a")
                        .relation(Relation.PRECEDES, "c").relation(Relation.EXACT_MATCH_OF, "c")
                        .relation("supports", "c").build())
                .competency(Competency.builder("c", "Gamma").parent("a").build())
                .build();

        JsonNode pkg = JSON.readTree(EXPORT.write(framework).text());
        Framework back = CaseImport.create().read(EXPORT.write(framework).text().getBytes(StandardCharsets.UTF_8),
                "demo").orThrow();

        List<String> types = new ArrayList<>();
        pkg.path("CFAssociations").forEach(association -> types.add(association.path("associationType").asString()));
        assertThat(types).containsExactlyInAnyOrder("isChildOf", "isChildOf", "isChildOf", "precedes", "exactMatchOf");
        assertThat(back).isEqualTo(framework);
        assertThat(back.competency("b").orElseThrow().relations()).containsExactly(
                new Relation(Relation.PRECEDES, "c"), new Relation(Relation.EXACT_MATCH_OF, "c"),
                new Relation("supports", "c"));
    }

    @Test
    void aBaseUriMustBeAbsolute() {
        assertThatThrownBy(() -> CaseExport.create(URI.create("case/frameworks")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    }
}
