package org.cadre.json.property;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.json.DocumentWriter;
import org.cadre.testing.Generator;
import org.cadre.testing.RandomSource;
import org.cadre.testing.plans.PlanCases;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile documents of each kind, made from a seed alone: random JSON (bare, or an object that names the
 * right kind and format and holds the kind's top-level fields with random values), random bytes, and valid
 * documents of the kind mutated one to three times — a field or element deleted, a field duplicated, a value
 * retyped, an object's fields or an array's elements reordered, the bytes truncated, a fragment of another
 * valid document spliced in, or a few bytes overwritten (often with bytes that are not UTF-8).
 *
 * <p>The valid documents come from a pool of {@value #POOL} per kind, each generated from a fixed seed by the
 * project's generators and written by {@link DocumentWriter}, so a hostile document depends only on its own
 * seed and can be replayed.
 */
final class Hostile {

    /** Valid documents per kind in the pool the mutations start from. */
    static final int POOL = 24;

    /** The kinds of document, as the loader reads them. */
    enum Kind {
        FRAMEWORK, PERSON, COHORT, JSON_LINES, PLAN, CATALOGUE;

        boolean lines() {
            return this == JSON_LINES;
        }

        String jsonName() {
            return switch (this) {
                case FRAMEWORK -> "framework";
                case PERSON, JSON_LINES -> "person";
                case COHORT -> "cohort";
                case PLAN -> "plan";
                case CATALOGUE -> "catalogue";
            };
        }
    }

    /** How a hostile document was made, to count what was tried. */
    enum Origin {
        RANDOM_JSON, RANDOM_FIELDS, RANDOM_BYTES, DELETED, DUPLICATED, RETYPED, REORDERED, TRUNCATED, SPLICED,
        OVERWRITTEN
    }

    /**
     * One hostile document.
     *
     * @param kind    what the loader is asked to read
     * @param origins how it was made, in order
     * @param bytes   the document
     */
    record Document(Kind kind, List<Origin> origins, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return String.format(Locale.ROOT, "%s document made by %s, %,d bytes:%n%s", kind, origins, bytes.length,
                    text);
        }
    }

    private static final DocumentWriter WRITER = DocumentWriter.create();
    private static final JsonMapper VALUES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Map<Kind, List<String>> POOLS = new ConcurrentHashMap<>();
    private static final Pattern PROPERTY = Pattern.compile("\"[^\"\\\\]{0,40}\"\\s*:");
    private static final List<String> OTHER_VALUES = List.of("\"text\"", "\"\"", "0", "-1.5e3", "1E+400", "true",
            "false", "null", "[]", "{}", "[1, \"a\", null]", "{\"x-a\": 1}", "\"2026-02-30\"", "\"hlm\"",
            "12345678901234567890", "-0", "\"\\u0000\"", "\"\\ud800\"", "{\"kind\": \"person\"}", "[[[[[[]]]]]]");
    private static final String JUNK = "{}[]\":,0123456789-+.eEtruefalsnl \n\r\t\\/abcxyz\u00e9\u2028";

    private Hostile() {
    }

    /** Hostile documents of one kind; not shrunk (the document is printed whole with its seed). */
    static Generator<Document> documents(Kind kind) {
        Generator<Document> plain = random -> generate(random, kind);
        return plain.describedBy(Document::toString);
    }

    /** The valid documents of a kind that mutations start from. */
    static List<String> pool(Kind kind) {
        return POOLS.computeIfAbsent(kind, Hostile::makePool);
    }

    private static List<String> makePool(Kind kind) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < POOL; i++) {
            RandomSource random = new RandomSource(0x5EED_0000L + 7919L * i + kind.ordinal());
            texts.add(switch (kind) {
                case FRAMEWORK -> WRITER.write(Rules.add(random, Frameworks.generate(random)));
                case PERSON -> WRITER.write(People.person(random));
                case COHORT -> WRITER.write(People.cohorts().generate(random));
                case JSON_LINES -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    WRITER.writeLines(People.cohorts().generate(random), out);
                    yield out.toString(StandardCharsets.UTF_8);
                }
                case PLAN -> WRITER.write(Plans.plan(random));
                case CATALOGUE -> WRITER.write(PlanCases.cases().generate(random).catalogue());
            });
        }
        return List.copyOf(texts);
    }

    private static Document generate(RandomSource random, Kind kind) {
        double roll = random.between(0, 999) / 1000.0;
        if (roll < 0.08) {
            String text = JsonValues.value(random, random.between(0, 4));
            return new Document(kind, List.of(Origin.RANDOM_JSON), utf8(kind.lines() ? text.replace('\n', ' ')
                    + "\n" + JsonValues.value(random, 2) : text));
        }
        if (roll < 0.16) {
            return new Document(kind, List.of(Origin.RANDOM_FIELDS), utf8(randomFields(random, kind)));
        }
        if (roll < 0.22) {
            return new Document(kind, List.of(Origin.RANDOM_BYTES), randomBytes(random));
        }
        String text = random.pick(pool(kind));
        List<Origin> origins = new ArrayList<>();
        byte[] bytes = null;
        for (int m = random.between(1, 3); m > 0; m--) {
            Origin origin = random.pick(List.of(Origin.DELETED, Origin.DELETED, Origin.DUPLICATED, Origin.RETYPED,
                    Origin.RETYPED, Origin.REORDERED, Origin.TRUNCATED, Origin.SPLICED, Origin.OVERWRITTEN));
            origins.add(origin);
            if (bytes != null || origin == Origin.TRUNCATED || origin == Origin.OVERWRITTEN) {
                bytes = bytes != null ? bytes : utf8(text);
                bytes = onBytes(random, origin, bytes, kind);
            } else {
                text = onText(random, origin, text, kind);
            }
        }
        return new Document(kind, List.copyOf(origins), bytes != null ? bytes : utf8(text));
    }

    /** A mutation of the text while it is still JSON (tree edits keep it JSON; a duplicate key does not). */
    private static String onText(RandomSource random, Origin origin, String text, Kind kind) {
        if (origin == Origin.SPLICED) {
            return splice(random, text);
        }
        if (origin == Origin.DUPLICATED) {
            return duplicateKey(random, text);
        }
        Function<JsonNode, JsonNode> edit = tree -> {
            treeEdit(random, origin, tree);
            return tree;
        };
        if (kind.lines()) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            List<Integer> objects = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("{")) {
                    objects.add(i);
                }
            }
            if (objects.isEmpty()) {
                return splice(random, text);
            }
            int at = random.pick(objects);
            JsonNode tree = parsedOrNull(lines.get(at));
            if (tree == null) {
                return splice(random, text);
            }
            lines.set(at, Documents.Layout.ONE_LINE.text(edit.apply(tree)));
            return String.join("\n", lines);
        }
        JsonNode tree = parsedOrNull(text);
        if (tree == null) {
            return splice(random, text);
        }
        return random.pick(List.of(Documents.Layout.values())).text(edit.apply(tree));
    }

    private static JsonNode parsedOrNull(String text) {
        try {
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return Documents.tree(body.replace("\r\n", "\n"));
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static void treeEdit(RandomSource random, Origin origin, JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = random.pick(containers);
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = random.pick(names);
            switch (origin) {
                case DELETED -> object.remove(name);
                case RETYPED -> object.set(name, otherValue(random, object.get(name)));
                default -> {
                    List<String> order = random.shuffled(names);
                    Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
                    order.forEach(key -> values.put(key, object.get(key)));
                    object.removeAll();
                    values.forEach(object::set);
                }
            }
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.between(0, array.size() - 1);
            switch (origin) {
                case DELETED -> array.remove(index);
                case RETYPED -> array.set(index, otherValue(random, array.get(index)));
                default -> {
                    List<JsonNode> elements = new ArrayList<>();
                    array.forEach(elements::add);
                    array.removeAll();
                    random.shuffled(elements).forEach(array::add);
                }
            }
        } else if (target instanceof ObjectNode object) {
            object.set("x-added", otherValue(random, object));
        } else if (target instanceof ArrayNode array) {
            array.add(otherValue(random, array));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isObject() || node.isArray()) {
            containers.add(node);
            for (JsonNode child : node) {
                collect(child, containers);
            }
        }
    }

    /** A value of another JSON type than {@code old} (mostly), from a fixed list of awkward values. */
    private static JsonNode otherValue(RandomSource random, JsonNode old) {
        for (int attempt = 0; attempt < 10; attempt++) {
            JsonNode value = VALUES.readTree(random.pick(OTHER_VALUES));
            if (value.getNodeType() != old.getNodeType()) {
                return value;
            }
        }
        return VALUES.readTree(random.pick(OTHER_VALUES));
    }

    /** Inserts a copy of some field name with another value just before it, in the same object. */
    private static String duplicateKey(RandomSource random, String text) {
        Matcher matcher = PROPERTY.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (matcher.find() && found.size() < 2_000) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        if (found.isEmpty()) {
            return splice(random, text);
        }
        int[] at = random.pick(found);
        String name = text.substring(at[0], at[1]);
        return text.substring(0, at[0]) + name + " " + random.pick(OTHER_VALUES) + ", " + text.substring(at[0]);
    }

    /** A fragment of another valid document (of any kind) put in at some place, or in place of some text. */
    private static String splice(RandomSource random, String text) {
        String donor = random.pick(pool(random.pick(List.of(Kind.values()))));
        if (donor.isEmpty()) {
            donor = "{\"id\": \"\"}";
        }
        int from = random.between(0, donor.length() - 1);
        int to = Math.min(donor.length(), from + random.between(1, 300));
        String fragment = donor.substring(from, to);
        int at = random.between(0, text.length());
        int cut = random.nextBoolean() ? 0 : Math.min(text.length() - at, random.between(0, 300));
        return text.substring(0, at) + fragment + text.substring(at + cut);
    }

    private static byte[] onBytes(RandomSource random, Origin origin, byte[] bytes, Kind kind) {
        if (origin == Origin.TRUNCATED || bytes.length == 0) {
            return java.util.Arrays.copyOf(bytes, random.between(0, Math.max(0, bytes.length - 1)));
        }
        if (origin == Origin.OVERWRITTEN) {
            byte[] copy = bytes.clone();
            for (int n = random.between(1, 3); n > 0; n--) {
                int at = random.between(0, copy.length - 1);
                copy[at] = random.chance(0.5) ? (byte) random.between(0x80, 0xFF)
                        : (byte) JUNK.charAt(random.between(0, JUNK.length() - 1));
            }
            return copy;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return utf8(origin == Origin.DUPLICATED ? duplicateKey(random, text) : splice(random, text));
    }

    /** An object naming the kind and format, with the kind's top-level fields holding random values. */
    private static String randomFields(RandomSource random, Kind kind) {
        JsonNode sample = parsedOrNull(kind.lines() ? pool(Kind.PERSON).get(0) : pool(kind).get(0));
        StringBuilder text = new StringBuilder("{\"kind\": \"" + kind.jsonName() + "\", \"formatVersion\": \"1.0\"");
        for (String name : sample.propertyNames()) {
            if (!name.equals("kind") && !name.equals("formatVersion") && random.chance(0.7)) {
                text.append(", ").append(JsonValues.string(name)).append(": ").append(random.chance(0.3)
                        ? sample.get(name).toString() : JsonValues.value(random, random.between(0, 3)));
            }
        }
        String object = text.append('}').toString();
        return kind.lines() ? object.replace('\n', ' ') + "\n" + object.replace('\n', ' ') : object;
    }

    private static byte[] randomBytes(RandomSource random) {
        byte[] bytes = new byte[random.between(0, 400)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.chance(0.8) ? (byte) JUNK.charAt(random.between(0, JUNK.length() - 1))
                    : (byte) random.between(0, 255);
        }
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
