package org.cadre.json.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cadre.json.DocumentKind;
import org.cadre.json.Limits;
import org.cadre.json.internal.JsonText;
import org.cadre.json.internal.SchemaCheck;
import org.cadre.report.Issue;
import org.cadre.testing.Generator;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema check of a framework skips the validator's walk over the competencies when
 * {@code CompetencySchemaFilter} accepts every one of them. It must give exactly the issues of validating
 * against the whole schema: on hostile framework documents ({@link Hostile}), and on valid documents with
 * one competency made hostile field by field — the values an accept filter is most likely to get wrong
 * (texts one character away from an id, tag or kind, white space of every kind, numbers, nulls, lists and
 * objects where a text belongs, duplicate tags, relations with a field too many or too few).
 */
class SchemaFastPathPropertyTest {

    private static final int TRIES = 800;
    private static final SchemaCheck CHECK = new SchemaCheck();
    private static final JsonText JSON = new JsonText(Limits.defaults());

    private static final List<String> FIELDS = List.of("id", "title", "description", "kind", "parent", "scale",
            "indicators", "tags", "status", "replacedBy", "relations", "translations", "x-a", "x-", "xa", "X-a",
            "ID", "");

    private static final List<String> PIECES = List.of("a", "z", "A", "Z", "0", "9", "m", ".", "_", ":", "-", " ",
            "\t", "\n", "\r", "\u000b", "\f", "\u0085", "\u2028", "\u00a0", "\u2003", "\u001c", "\u0000", "\u200b",
            "\ufeff", "é", "İ", "K", "٣", "７", "\uD83D\uDE00", "\uD835\uDC00", "/", "$", "^", "x-");

    private static String text(RandomSource random) {
        StringBuilder text = new StringBuilder();
        if (random.chance(0.5)) {
            text.append(random.pick(List.of("a", "b7", "x.y", "k-1", "core:lead", "q_9", "Z", "active", "retired",
                    "isRelatedTo", "leading-care", "Title", "en-GB", "zh-Hant")));
        }
        for (int i = random.between(0, 3); i > 0; i--) {
            text.insert(random.between(0, text.length()), random.pick(PIECES));
        }
        if (random.chance(0.05)) {
            text.append("a".repeat(random.pick(List.of(62, 63, 64, 126, 127, 128, 499, 500, 501))));
        }
        return text.toString();
    }

    private static JsonNode value(RandomSource random, ObjectNode factory, int depth) {
        return switch (random.between(0, depth > 1 ? 4 : 8)) {
            case 0, 1, 2 -> factory.stringNode(text(random));
            case 3 -> random.pick(List.<JsonNode>of(factory.nullNode(), factory.booleanNode(true),
                    factory.numberNode(1), factory.numberNode(-2.5), factory.stringNode(""),
                    factory.numberNode(new java.math.BigInteger("123456789012345678901234567890"))));
            case 4, 5 -> {
                ArrayNode array = factory.arrayNode();
                for (int i = random.between(0, 3); i > 0; i--) {
                    array.add(random.chance(0.2) && !array.isEmpty() ? array.get(0) : value(random, factory, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = factory.objectNode();
                for (int i = random.between(0, 3); i > 0; i--) {
                    object.set(random.chance(0.5) ? random.pick(List.of("type", "target", "title", "x-b", "en"))
                            : text(random), value(random, factory, depth + 1));
                }
                yield object;
            }
        };
    }

    /** A valid framework document with one competency changed one to three times. */
    private static JsonNode mutated(RandomSource random) {
        JsonNode root = parse(random.pick(Hostile.pool(Hostile.Kind.FRAMEWORK)));
        JsonNode competencies = root.get("competencies");
        if (competencies == null || competencies.isEmpty()) {
            return root;
        }
        ObjectNode competency = (ObjectNode) competencies.get(random.between(0, competencies.size() - 1));
        for (int m = random.between(1, 3); m > 0; m--) {
            String field = random.pick(FIELDS);
            switch (random.between(0, 5)) {
                case 0 -> competency.remove(field);
                case 1 -> {
                    // A list of one to three of a field's usual element, each maybe hostile.
                    ArrayNode list = competency.arrayNode();
                    for (int i = random.between(0, 3); i > 0; i--) {
                        list.add(random.chance(0.3) && !list.isEmpty() ? list.get(0)
                                : field.equals("relations") ? relation(random, competency)
                                : competency.stringNode(text(random)));
                    }
                    competency.set(field, list);
                }
                case 2 -> {
                    ObjectNode indicators = competency.objectNode();
                    for (int i = random.between(0, 2); i > 0; i--) {
                        ArrayNode statements = competency.arrayNode();
                        for (int j = random.between(0, 2); j > 0; j--) {
                            statements.add(random.chance(0.8) ? competency.stringNode(text(random))
                                    : value(random, competency, 1));
                        }
                        indicators.set(text(random), random.chance(0.9) ? statements : value(random, competency, 1));
                    }
                    competency.set(random.chance(0.7) ? "indicators" : field, indicators);
                }
                default -> competency.set(field, value(random, competency, 0));
            }
        }
        return root;
    }

    private static JsonNode relation(RandomSource random, ObjectNode factory) {
        ObjectNode relation = factory.objectNode();
        if (random.chance(0.9)) {
            relation.set("type", random.chance(0.6) ? factory.stringNode(text(random)) : value(random, factory, 1));
        }
        if (random.chance(0.9)) {
            relation.set("target", random.chance(0.6) ? factory.stringNode(text(random)) : value(random, factory, 1));
        }
        if (random.chance(0.1)) {
            relation.set(random.pick(List.of("x-a", "note", "type2")), factory.stringNode("a"));
        }
        return relation;
    }

    private static JsonNode parse(String text) {
        return JSON.parse(text).root().orElseThrow();
    }

    private static void sameIssues(JsonNode root) {
        List<Issue> fast = CHECK.check(DocumentKind.FRAMEWORK, root);
        List<Issue> whole = CHECK.checkWhole(DocumentKind.FRAMEWORK, root);
        assertThat(fast).as("issues with the fast path").isEqualTo(whole);
    }

    @Test
    void hostileCompetenciesGetTheIssuesOfTheWholeSchema() {
        int[] taken = {0};
        int[] declinedWithCompetencyIssues = {0};
        Generator<JsonNode> documents = SchemaFastPathPropertyTest::mutated;
        Property.named("one hostile competency: the same schema issues with and without the fast path")
                .tries(TRIES).maxShrinkSteps(0).maxDescriptionLength(4_000).forAll(
                        documents.describedBy(JsonNode::toString), root -> {
                            sameIssues(root);
                            if (SchemaCheck.competenciesSound(root)) {
                                taken[0]++;
                            } else if (CHECK.checkWhole(DocumentKind.FRAMEWORK, root).stream()
                                    .anyMatch(issue -> issue.pointer().startsWith("/competencies/"))) {
                                declinedWithCompetencyIssues[0]++;
                            }
                        });
        assertThat(taken[0]).as("documents where the fast path was taken").isGreaterThan(TRIES / 10);
        assertThat(declinedWithCompetencyIssues[0]).as("documents with a broken competency").isGreaterThan(TRIES / 4);
    }

    @Test
    void hostileFrameworkDocumentsGetTheIssuesOfTheWholeSchema() {
        int[] taken = {0};
        Property.named("hostile framework documents: the same schema issues with and without the fast path")
                .tries(TRIES / 2).maxShrinkSteps(0).maxDescriptionLength(4_000)
                .forAll(Hostile.documents(Hostile.Kind.FRAMEWORK), document -> {
                    JsonText.Parsed parsed = JSON.parse(new String(document.bytes(), StandardCharsets.UTF_8));
                    parsed.root().ifPresent(root -> {
                        sameIssues(root);
                        if (SchemaCheck.competenciesSound(root)) {
                            taken[0]++;
                        }
                    });
                });
        assertThat(taken[0]).as("documents where the fast path was taken").isGreaterThan(TRIES / 10);
    }

    @Test
    void everyPoolDocumentTakesTheFastPath() {
        for (String text : Hostile.pool(Hostile.Kind.FRAMEWORK)) {
            JsonNode root = parse(text);
            assertThat(SchemaCheck.competenciesSound(root)).as(text).isTrue();
            assertThat(CHECK.check(DocumentKind.FRAMEWORK, root)).isEmpty();
        }
    }
}
