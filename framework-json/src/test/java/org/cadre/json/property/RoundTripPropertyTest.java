package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.json.DocumentLoader;
import org.cadre.json.DocumentWriter;
import org.cadre.json.LoadResult;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.testing.Generator;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing is lost: a valid framework written and loaded again is equal to itself, and the writer is
 * deterministic, so load → write → load → write is a fixed point.
 */
class RoundTripPropertyTest {

    private static final DocumentLoader LOADER = DocumentLoader.create();
    private static final DocumentWriter WRITER = DocumentWriter.create();

    @Test
    void writingAndLoadingAValidFrameworkGivesAnEqualModelAndTheSameText() {
        Property.forAll("write → load gives an equal model; write → load → write is a fixed point",
                Frameworks.valid(), 400, framework -> {
                    String written = WRITER.write(framework);
                    LoadResult<Framework> loaded = LOADER.loadFramework(written, "generated.json");
                    assertThat(loaded.report().errors()).as("errors loading the written framework").isEmpty();
                    Framework back = loaded.orThrow();
                    if (!back.equals(framework)) {
                        // Slow, so only to say which field differs.
                        assertThat(back).as("the loaded model, field by field").usingRecursiveComparison()
                                .isEqualTo(framework);
                    }
                    assertThat(back).as("the loaded model").isEqualTo(framework);
                    assertThat(back.hashCode()).as("the loaded model's hash code").isEqualTo(framework.hashCode());

                    String rewritten = WRITER.write(back);
                    assertThat(rewritten).as("the loaded model written again").isEqualTo(written);
                    Framework again = LOADER.loadFramework(rewritten, "rewritten.json").orThrow();
                    assertThat(again).as("loaded a second time").isEqualTo(back);
                    assertThat(WRITER.write(again)).as("written a third time").isEqualTo(written);
                });
    }

    @Test
    void theOrderOfFieldsAndTheLayoutOfADocumentDoNotChangeItsModel() {
        Generator<Reordered> documents = random -> new Reordered(Frameworks.generate(random), random.nextLong(),
                random.pick(List.of(Documents.Layout.values())));
        Property.forAll("fields in any order, in any layout, load as the same model",
                documents.withShrinker(reordered -> Frameworks.shrink(reordered.framework())
                        .map(smaller -> new Reordered(smaller, reordered.seed(), reordered.layout()))), 300,
                reordered -> {
                    ObjectNode tree = Documents.tree(WRITER.write(reordered.framework()));
                    shuffleFields(tree, new RandomSource(reordered.seed()), true);
                    String text = reordered.layout().text(tree);
                    Framework loaded = LOADER.loadFramework(text, "reordered.json").orThrow();
                    assertThat(loaded).isEqualTo(reordered.framework());
                });
    }

    /** A framework whose document has its fields shuffled with a seed, laid out in some way. */
    private record Reordered(Framework framework, long seed, Documents.Layout layout) {
    }

    /**
     * Shuffles the fields of every object of the document, at every depth, except inside {@code x-} values:
     * those are kept as they are, since an extension's value is its JSON text. The names under the top-level
     * {@code facts} keep their order too (the definitions themselves are shuffled): the model keeps facts as
     * a list, in document order; so do the names under {@code planPolicy/activityTypes}.
     */
    private static void shuffleFields(ObjectNode object, RandomSource random, boolean top) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        object.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        object.removeAll();
        for (String name : random.shuffled(fields.keySet())) {
            JsonNode value = fields.get(name);
            if (top && name.equals("facts") && value instanceof ObjectNode facts) {
                facts.properties().forEach(fact -> shuffleWithin(fact.getValue(), random));
            } else if (top && name.equals("planPolicy") && value instanceof ObjectNode policy) {
                shufflePlanPolicy(policy, random);
            } else if (!name.startsWith("x-")) {
                shuffleWithin(value, random);
            }
            object.set(name, value);
        }
    }

    /**
     * Shuffles a plan policy's fields, but not the names under {@code activityTypes}: the model keeps the
     * organisation's activity types as a list, in document order.
     */
    private static void shufflePlanPolicy(ObjectNode policy, RandomSource random) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        policy.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
        policy.removeAll();
        for (String name : random.shuffled(fields.keySet())) {
            JsonNode value = fields.get(name);
            if (!name.equals("activityTypes")) {
                shuffleWithin(value, random);
            }
            policy.set(name, value);
        }
    }

    private static void shuffleWithin(JsonNode value, RandomSource random) {
        if (value instanceof ObjectNode object) {
            shuffleFields(object, random, false);
        } else if (value.isArray()) {
            value.forEach(element -> shuffleWithin(element, random));
        }
    }

    @Test
    void aDocumentWithALoneSurrogateIsRefusedOrSurvivesARoundTrip() {
        Framework framework = Framework.builder("f", "1.0.0", "Framework")
                .scale(ProficiencyScale.builder("s", "Scale").level("l", "Level", 1).build())
                .competency(Competency.builder("c", "Competency").scale("s").indicators(Map.of("l", List.of("does")))
                        .build())
                .build();
        String text = WRITER.write(framework).replace("\"title\": \"Competency\"", "\"title\": \"A\\ud800B\"");
        LoadResult<Framework> loaded = LOADER.loadFramework(text, "surrogate.json");
        if (loaded.isValid()) {
            Framework first = loaded.orThrow();
            assertThat(first.competencies().get(0).title()).isEqualTo("A\uD800B");
            Framework second = LOADER.loadFramework(WRITER.write(first), "rewritten.json").orThrow();
            assertThat(second.competencies().get(0).title()).as("the title after writing and loading again")
                    .isEqualTo(first.competencies().get(0).title());
        }
    }
}
