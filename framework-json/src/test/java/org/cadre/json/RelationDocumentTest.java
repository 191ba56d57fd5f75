package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadre.model.Framework;
import org.cadre.model.Relation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.junit.jupiter.api.Test;

/** Relations in the framework document: loaded, written back, and checked with positions. */
class RelationDocumentTest {

    private static String document(String relations) {
        return """
                {
                  "kind": "framework",
                  "formatVersion": "1.0",
                  "id": "f",
                  "version": "1.0.0",
                  "title": "F",
                  "scales": [ { "id": "s", "title": "S", "levels": [ { "id": "a", "label": "A", "rank": 1 } ] } ],
                  "competencies": [
                    { "id": "care", "title": "Care" },
                    { "id": "team", "title": "Team",
                      "relations": %s }
                  ]
                }
                """.formatted(relations);
    }

    @Test
    void relationsLoadAndWriteBackUnchanged() {
        DocumentLoader loader = DocumentLoader.create();
        Framework framework = loader.loadFramework(document(
                "[ { \"type\": \"precedes\", \"target\": \"care\" }, { \"type\": \"supports\", \"target\": \"care\" } ]"),
                "f.json").orThrow();

        String written = DocumentWriter.create().write(framework);

        assertThat(framework.competency("team").orElseThrow().relations()).containsExactly(
                new Relation(Relation.PRECEDES, "care"), new Relation("supports", "care"));
        assertThat(written).contains("\"relations\": [");
        assertThat(loader.loadFramework(written, "written").orThrow()).isEqualTo(framework);
    }

    @Test
    void aRelationToAnUnknownCompetencyIsReportedAtItsLine() {
        var report = DocumentLoader.create().validate(document("[ { \"type\": \"isRelatedTo\", \"target\": \"carr\" } ]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.json");

        Issue issue = report.errors().get(0);
        assertThat(issue.code()).isEqualTo(Codes.COMPETENCY_RELATION_UNKNOWN);
        assertThat(issue.pointer()).isEqualTo("/competencies/1/relations/0/target");
        assertThat(issue.line()).isEqualTo(11);
    }

    @Test
    void aRelationTypeThatIsNotALowerCamelCaseWordIsASchemaError() {
        var report = DocumentLoader.create().validate(document("[ { \"type\": \"is related\", \"target\": \"care\" } ]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "f.json");

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.SCHEMA_PATTERN, "/competencies/1/relations/0/type"));
    }
}
