package org.cadre.json.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Packages with values of the wrong type, missing fields and truncated text give a report, never an exception:
 * each test package is damaged in many seeded ways and imported.
 */
class CaseImportRobustnessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<Path> packages() {
        return CaseTestData.packages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void damagedPackagesGiveReportsNotExceptions(Path file) throws IOException {
        String text = Files.readString(file);
        Random random = new Random(Long.getLong("cadre.seed", 7L) ^ file.getFileName().toString().hashCode());
        for (int trial = 0; trial < 40; trial++) {
            JsonNode root = JSON.readTree(text);
            List<ObjectNode> objects = new ArrayList<>();
            collect(root, objects);
            for (int hit = 0; hit < 3; hit++) {
                ObjectNode target = objects.get(random.nextInt(objects.size()));
                List<String> names = new ArrayList<>(target.propertyNames());
                if (names.isEmpty()) {
                    continue;
                }
                String name = names.get(random.nextInt(names.size()));
                switch (random.nextInt(5)) {
                    case 0 -> target.remove(name);
                    case 1 -> target.put(name, random.nextInt(1000));
                    case 2 -> target.set(name, NODES.objectNode().put("x", "y"));
                    case 3 -> target.set(name, NODES.arrayNode().add("z"));
                    default -> target.putNull(name);
                }
            }
            byte[] damaged = JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
            assertImports(damaged);
            assertImports(java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length)));
        }
    }

    private static void assertImports(byte[] bytes) {
        ImportResult result = CaseImport.create().read(bytes, "damaged");
        assertThat(result.isValid() || !result.report().errors().isEmpty()).isTrue();
        result.framework().ifPresent(framework -> assertThat(CaseExport.create(java.net.URI.create("https://x.org"))
                .write(framework).text()).isNotEmpty());
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                collect(entry.getValue(), objects);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> collect(element, objects));
        }
    }
}
