package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadre.model.Framework;
import org.cadre.model.Programme;
import org.cadre.model.SelectionKey;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.junit.jupiter.api.Test;

/** A programme's capacity, selection ranking and checkpoints: read, written back, and checked. */
class ProgrammePlacesDocumentTest {

    private final DocumentLoader loader = DocumentLoader.create();

    private static String framework(String programmeParts) {
        return """
                {
                  "kind": "framework", "formatVersion": "1.0", "id": "places", "version": "1.0.0", "title": "Places",
                  "scales": [{ "id": "s", "title": "S", "levels": [
                    { "id": "low", "label": "Low", "rank": 1 }, { "id": "high", "label": "High", "rank": 2 }] }],
                  "competencies": [
                    { "id": "root", "title": "Root" },
                    { "id": "root.a", "title": "A", "parent": "root", "scale": "s", "indicators": { "low": ["x"] } },
                    { "id": "root.b", "title": "B", "parent": "root", "scale": "s", "indicators": { "low": ["y"] } }],
                  "facts": { "months": { "type": "number" }, "grade": { "type": "string" } },
                  "programmes": [{ "id": "p", "title": "P", "duration": { "value": 2, "unit": "years" },
                """ + programmeParts + " }]\n}";
    }

    @Test
    void capacitySelectionAndCheckpointsAreReadAndWrittenBackUnchanged() {
        String text = framework("""
                "capacity": 250,
                "selection": [
                  { "met": { "fact": { "name": "months", "atLeast": 12 } } },
                  { "mean": { "set": { "subtree": "root" } } },
                  { "fact": { "name": "months", "order": "ascending" } }],
                "checkpoints": [
                  { "id": "plan", "title": "A plan", "month": 3, "rule": { "level": { "competency": "root.a", "atLeast": "low" } } },
                  { "id": "end", "month": 24, "rule": { "count": { "set": { "subtree": "root" }, "atLeast": 2, "level": "high" } } }]
                """);

        LoadResult<Framework> result = loader.loadFramework(text, "places.json");

        assertThat(result.report().issues()).isEmpty();
        Programme programme = result.orThrow().programme("p").orElseThrow();
        assertThat(programme.capacity()).contains(250);
        assertThat(programme.selection()).hasSize(3);
        assertThat(programme.selection().get(1)).isEqualTo(new SelectionKey.ByMean(
                new org.cadre.model.CompetencySet.Subtree("root"), SelectionKey.Order.DESCENDING));
        assertThat(programme.checkpoints()).extracting(c -> c.id() + "@" + c.month()).containsExactly("plan@3", "end@24");
        Framework again = loader.loadFramework(DocumentWriter.create().write(result.orThrow()), "again").orThrow();
        assertThat(again).isEqualTo(result.orThrow());
    }

    @Test
    void aRepeatedCheckpointIdIsAnErrorAndACheckpointAfterTheEndAWarning() {
        Report report = loader.validate(framework("""
                "checkpoints": [
                  { "id": "c", "month": 6, "rule": { "fact": { "name": "months", "atLeast": 1 } } },
                  { "id": "c", "month": 30, "rule": { "fact": { "name": "months", "atLeast": 2 } } }]
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8), "places.json");

        assertThat(report.issues()).extracting(Issue::code, Issue::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Codes.PROGRAMME_CHECKPOINT_DUPLICATE_ID, "/programmes/0/checkpoints/1/id"),
                org.assertj.core.groups.Tuple.tuple(Codes.PROGRAMME_CHECKPOINT_AFTER_END, "/programmes/0/checkpoints/1/month"));
        assertThat(report.warnings()).singleElement().extracting(Issue::message).asString()
                .contains("falls in month 30");
    }

    @Test
    void selectionKeysAndCheckpointRulesAreCheckedLikeRules() {
        Report report = loader.validate(framework("""
                "selection": [{ "fact": { "name": "grade" } }, { "mean": { "set": { "subtree": "roots" } } }],
                "checkpoints": [{ "id": "c", "month": 6, "rule": { "completed": { "programme": "q" } } }]
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8), "places.json");

        assertThat(report.errors()).extracting(Issue::code, Issue::pointer).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Codes.RULE_FACT_TYPE, "/programmes/0/selection/0/fact/name"),
                org.assertj.core.groups.Tuple.tuple(Codes.RULE_SET_UNKNOWN, "/programmes/0/selection/1/mean/set/subtree"),
                org.assertj.core.groups.Tuple.tuple(Codes.RULE_PROGRAMME_UNKNOWN,
                        "/programmes/0/checkpoints/0/rule/completed/programme"));
        assertThat(report.errors().get(0).message())
                .isEqualTo("the selection ranks people by fact [grade], a string; only a number fact can rank them");
    }

    @Test
    void theSchemaRefusesAZeroCapacityAndASelectionKeyWithTwoForms() {
        Report report = loader.validate(framework("""
                "capacity": 0,
                "selection": [{ "fact": { "name": "months" }, "mean": { "set": { "subtree": "root" } } }]
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8), "places.json");

        assertThat(report.errors()).extracting(Issue::pointer).contains("/programmes/0/capacity",
                "/programmes/0/selection/0");
        assertThat(report.isValid()).isFalse();
        assertThat(List.of(report.errors().get(0).message())).isNotEmpty();
    }
}
