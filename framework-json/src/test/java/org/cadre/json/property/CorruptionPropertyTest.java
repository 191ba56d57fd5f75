package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cadre.json.DocumentLoader;
import org.cadre.json.LoadResult;
import org.cadre.model.Framework;
import org.cadre.report.Issue;
import org.cadre.report.Report;
import org.cadre.testing.Property;
import org.junit.jupiter.api.Test;

/**
 * Every single semantic mistake in an otherwise valid document is reported with the right code at the
 * right JSON Pointer, with a line and column where that pointer's value starts, and loading never throws.
 */
class CorruptionPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final int TRIES = 300;
    /** Codes of the stages before the semantic checks: a corruption here must not trip them. */
    private static final Set<String> EARLY_STAGES = Set.of("input", "json", "document", "schema", "model", "report");

    @Test
    void aRemovedParentIsReportedAtTheParentOfEachChild() {
        check(Corruptions.Kind.PARENT_REMOVED, "a removed parent is reported at each child's parent");
    }

    @Test
    void aParentCycleIsReportedOnceAtTheParentOfItsFirstMember() {
        Map<String, Integer> kinds = check(Corruptions.Kind.PARENT_CYCLE,
                "a parent cycle is reported at its first member");
        assertThat(kinds).containsKeys("own parent", "parent cycle");
    }

    @Test
    void aDuplicateCompetencyIdIsReportedAtTheLaterId() {
        check(Corruptions.Kind.DUPLICATE_COMPETENCY_ID, "a duplicate competency id is reported at the later id");
    }

    @Test
    void aDuplicateScaleIdIsReportedAtTheLaterId() {
        check(Corruptions.Kind.DUPLICATE_SCALE_ID, "a duplicate scale id is reported at the later id");
    }

    @Test
    void aDuplicateLevelIdIsReportedAtTheLaterId() {
        check(Corruptions.Kind.DUPLICATE_LEVEL_ID, "a duplicate level id is reported at the later id");
    }

    @Test
    void aDuplicateProgrammeIdIsReportedAtTheLaterId() {
        check(Corruptions.Kind.DUPLICATE_PROGRAMME_ID, "a duplicate programme id is reported at the later id");
    }

    @Test
    void aLeadsToCycleIsReportedAtALinkOnTheCycle() {
        Map<String, Integer> kinds = check(Corruptions.Kind.LEADS_TO_CYCLE,
                "a leadsTo cycle is reported at a link on it");
        assertThat(kinds).containsKeys("programme leads to itself", "leadsTo cycle");
    }

    @Test
    void aTargetLevelThatIsNotOnTheScaleIsReportedAtTheTarget() {
        check(Corruptions.Kind.TARGET_LEVEL_UNKNOWN, "a target level off the scale is reported at the target");
    }

    /** Runs the property for one kind of mistake; returns how often each variant of it was tried. */
    private static Map<String, Integer> check(Corruptions.Kind kind, String name) {
        Map<String, Integer> variants = new TreeMap<>();
        Map<Documents.Layout, Integer> layouts = new java.util.EnumMap<>(Documents.Layout.class);
        Property.forAll(name, Corruptions.of(kind), TRIES, corruption -> {
            String text = corruption.text();
            LoadResult<Framework> result = assertDoesNotThrow(() -> LOADER.loadFramework(text, "corrupted.json"),
                    "loading a corrupted document");
            Report report = result.report();
            assertThat(result.isValid()).as("a corrupted document is valid: %s", report).isFalse();
            assertThat(result.value()).isEmpty();
            assertThat(report.issues()).as("issues of earlier stages than the semantic checks")
                    .extracting(Issue::code)
                    .noneMatch(code -> EARLY_STAGES.contains(code.substring(0, code.indexOf('.'))));
            corruption.recipe().verify(report, corruption.framework());
            Documents.assertIssuesArePlaced(report, text);
            variants.merge(corruption.recipe().kind(), 1, Integer::sum);
            layouts.merge(corruption.layout(), 1, Integer::sum);
        });
        assertThat(layouts).as("layouts tried").containsOnlyKeys(Documents.Layout.values());
        return variants;
    }
}
