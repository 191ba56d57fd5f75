package org.cadre.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.cadre.model.Framework;
import org.cadre.plan.Catalogue;
import org.cadre.plan.CatalogueItem;
import org.cadre.plan.Draft;
import org.cadre.plan.Plan;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.cadre.testing.Property;
import org.cadre.testing.plans.PlanCases;
import org.junit.jupiter.api.Test;

/** Catalogue documents: every field both ways, each mistake with its position, and drafted plans round-tripped. */
class CatalogueDocumentTest {

    private final DocumentLoader loader = DocumentLoader.create();

    private static final String CATALOGUE = """
            {
              "kind": "catalogue",
              "formatVersion": "1.0",
              "id": "care-activities",
              "title": "Care activities",
              "framework": {"id": "care", "version": "2.0.0"},
              "currency": "GBP",
              "items": [
                {"id": "huddles", "title": "Leading huddles", "type": "stretch-assignment",
                 "develops": ["huddle"], "suits": {"from": "basic", "to": "good"},
                 "hours": 30.5, "weeks": 12, "cost": 0, "provider": "ward 7", "description": "Three months."},
                {"id": "journal", "title": "A journal", "type": "reflective-practice", "hours": 12}
              ],
              "x-owner": {"team": "learning"}
            }
            """;

    private Framework framework() {
        return loader.loadFramework(PlanDocumentTest.FRAMEWORK, "framework").orThrow();
    }

    @Test
    void bindsEveryFieldAndWritesItBackTheSame() {
        Catalogue catalogue = loader.loadCatalogue(CATALOGUE.getBytes(StandardCharsets.UTF_8), "c", framework())
                .orThrow();

        CatalogueItem huddles = catalogue.items().get(0);
        assertThat(catalogue.framework()).isEqualTo("care");
        assertThat(catalogue.frameworkVersion()).contains("2.0.0");
        assertThat(catalogue.currency()).contains("GBP");
        assertThat(huddles.develops()).containsExactly("huddle");
        assertThat(huddles.suitsFrom()).contains("basic");
        assertThat(huddles.suitsTo()).contains("good");
        assertThat(huddles.hours()).isEqualByComparingTo("30.5");
        assertThat(huddles.weeks()).contains(12);
        assertThat(huddles.provider()).contains("ward 7");
        assertThat(catalogue.items().get(1).develops()).isEmpty();
        assertThat(catalogue.extensions().names()).containsExactly("x-owner");

        String written = DocumentWriter.create().write(catalogue);
        Catalogue again = loader.loadCatalogue(written.getBytes(StandardCharsets.UTF_8), "again").orThrow();
        assertThat(again).isEqualTo(catalogue);
        assertThat(DocumentWriter.create().write(again)).isEqualTo(written);
    }

    @Test
    void validateDetectsTheKindAndTheSchemaCatchesAMalformedItemWithItsLine() {
        String broken = CATALOGUE.replace("\"hours\": 12}", "\"hours\": -2, \"colour\": \"red\"}");

        Report report = loader.validate(broken.getBytes(StandardCharsets.UTF_8), "broken");

        assertThat(report.errors()).extracting(Issue::pointer).contains("/items/1/hours", "/items/1/colour");
        assertThat(report.errors()).allSatisfy(issue -> assertThat(issue.line()).isEqualTo(12));
        assertThat(loader.validate(CATALOGUE.getBytes(StandardCharsets.UTF_8), "ok").isValid()).isTrue();
    }

    @Test
    void checkedAgainstTheFrameworkEachBadReferenceHasItsPosition() {
        String broken = CATALOGUE.replace("\"develops\": [\"huddle\"]", "\"develops\": [\"hudle\"]")
                .replace("\"type\": \"reflective-practice\"", "\"type\": \"journaling\"");

        var result = loader.loadCatalogue(broken.getBytes(StandardCharsets.UTF_8), "broken", framework());

        assertThat(result.isValid()).isFalse();
        assertThat(result.report().errors()).extracting(Issue::code, Issue::pointer, Issue::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_COMPETENCY_UNKNOWN, "/items/0/develops/0", 10),
                org.assertj.core.groups.Tuple.tuple(Codes.CATALOGUE_ACTIVITY_TYPE_UNKNOWN, "/items/1/type", 12));
        assertThat(result.report().errors().get(0).message()).contains("[hudle]").contains("huddle");
    }

    @Test
    void aDraftedPlanRoundTripsThroughWriteAndLoadUnchanged() {
        Property.forAll("drafted plans round-trip", PlanCases.cases(), 200, value -> {
            Draft draft = value.draft();
            if (!draft.drafted()) {
                return;
            }
            Plan plan = draft.plan().get();
            String written = DocumentWriter.create().write(plan);
            var loaded = loader.loadPlan(written.getBytes(StandardCharsets.UTF_8), "drafted");
            assertThat(loaded.report().issues()).isEmpty();
            assertThat(loaded.orThrow()).isEqualTo(plan);
            assertThat(DocumentWriter.create().write(loaded.orThrow())).isEqualTo(written);
            String catalogue = DocumentWriter.create().write(value.catalogue());
            assertThat(loader.loadCatalogue(catalogue.getBytes(StandardCharsets.UTF_8), "catalogue").orThrow())
                    .isEqualTo(value.catalogue());
        });
    }
}
