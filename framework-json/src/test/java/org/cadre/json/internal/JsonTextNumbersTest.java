package org.cadre.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.cadre.json.Limits;
import org.cadre.testing.Property;
import org.cadre.testing.RandomSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The parser says whether a tree holds a number beyond a {@code long}, so that the schema check need not
 * walk the tree to find out; what it says must be what such a walk finds.
 */
class JsonTextNumbersTest {

    private static final JsonText JSON = new JsonText(Limits.defaults());

    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1.5e3", "2.5", "1E+400", "-1E+400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "9223372036854775807.0", "9223372036854775807.5", "1e18", "1e19", "-1e19", "0E+2", "1E-400",
            "123456789012345678901234567890", "0.000000001");

    /** A walk over the tree, as {@code SchemaCheck} made before each validation. */
    private static boolean walkFindsOne(JsonNode root) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isNumber() && !node.canConvertToLong()) {
                return true;
            }
            if (node.isContainer()) {
                node.values().forEach(pending::push);
            }
        }
        return false;
    }

    private static String document(RandomSource random) {
        StringBuilder text = new StringBuilder("{\"kind\": \"framework\", \"a\": [");
        for (int i = random.between(0, 4); i > 0; i--) {
            text.append(random.chance(0.7) ? random.pick(NUMBERS) : "{\"n\": " + random.pick(NUMBERS) + "}");
            text.append(i > 1 ? ", " : "");
        }
        return text.append("], \"b\": ").append(random.chance(0.5) ? random.pick(NUMBERS) : "\"text\"").append('}')
                .toString();
    }

    @Test
    void theParserNoticesANumberBeyondALongExactlyWhenAWalkWould() {
        int[] beyond = {0};
        Property.forAll("the parser's flag is the walk's answer", JsonTextNumbersTest::document, 500, text -> {
            JsonText.Parsed parsed = JSON.parse(text);
            JsonNode root = parsed.root().orElseThrow();
            assertThat(parsed.numbersBeyondLong()).as(text).isEqualTo(walkFindsOne(root));
            beyond[0] += parsed.numbersBeyondLong() ? 1 : 0;
        });
        assertThat(beyond[0]).as("documents with a number beyond a long").isBetween(50, 450);
    }

    @Test
    void aDocumentThatDoesNotParseSaysNothingIsBeyond() {
        JsonText.Parsed parsed = JSON.parse("{\"a\": 1E+400,");
        assertThat(parsed.root()).isEmpty();
        assertThat(parsed.numbersBeyondLong()).isFalse();
        assertThat(JSON.parse("{\"a\": 1E+400}").numbersBeyondLong()).isTrue();
        assertThat(JSON.parse("{\"a\": 9223372036854775807}").numbersBeyondLong()).isFalse();
    }
}
