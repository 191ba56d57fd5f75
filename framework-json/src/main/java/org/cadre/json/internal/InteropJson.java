package org.cadre.json.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.cadre.json.Limits;
import org.cadre.report.CadreException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helpers shared by the imports and exports of other formats: name-based UUIDs, the difference between a
 * document object and the one an export would write (kept so that an export gives the original back), and
 * identifiers made from free text.
 */
public final class InteropJson {

    /** Builds JSON trees. */
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The namespace of the name-based (version 5) UUIDs that exports derive from Cadre ids. */
    private static final UUID NAMESPACE = UUID.fromString("9a4c7d52-0b3e-5f1a-8c6d-2e7f4b1a9c30");

    private static final JsonText EXTENSION_PARSER = new JsonText(Limits.defaults()
            .withMaxDocumentBytes(Integer.MAX_VALUE - 16).withMaxStringLength(Integer.MAX_VALUE)
            .withMaxArrayLength(Integer.MAX_VALUE).withMaxNumberLength(Integer.MAX_VALUE).withMaxDepth(10_000));

    private static final ObjectWriter PRETTY;

    static {
        DefaultPrettyPrinter.Indenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)).withArrayIndenter(indenter)
                .withObjectIndenter(indenter);
        PRETTY = JsonMapper.builder().build().writer().with(printer);
    }

    private InteropJson() {
    }

    /**
     * A version 5 (SHA-1, name-based) UUID for a name: the same name always gives the same UUID, so exports
     * of the same framework give the same identifiers.
     */
    public static String uuid(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE));
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long most = 0;
            long least = 0;
            for (int i = 0; i < 8; i++) {
                most = (most << 8) | (hash[i] & 0xff);
                least = (least << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(most, least).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new CadreException("SHA-1 is not available", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long most = uuid.getMostSignificantBits();
        long least = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (most >>> (56 - 8 * i));
            bytes[i + 8] = (byte) (least >>> (56 - 8 * i));
        }
        return bytes;
    }

    /**
     * What an export must change in {@code expected} to give {@code actual} back: each field whose value
     * differs, and {@code null} for a field that {@code actual} lacks (unless it is one of {@code keep}, the
     * fields the other format requires, which an export always writes).
     */
    public static ObjectNode diff(JsonNode actual, ObjectNode expected, Collection<String> keep) {
        Map<String, JsonNode> diff = new TreeMap<>(); // in name order, so that equal differences are equal text
        actual.properties().forEach(entry -> {
            JsonNode wanted = expected.get(entry.getKey());
            if (wanted == null || !same(wanted, entry.getValue())) {
                diff.put(entry.getKey(), entry.getValue());
            }
        });
        expected.properties().forEach(entry -> {
            if (!actual.has(entry.getKey()) && !keep.contains(entry.getKey())) {
                diff.put(entry.getKey(), NODES.nullNode());
            }
        });
        ObjectNode node = NODES.objectNode();
        diff.forEach(node::set);
        return node;
    }

    /** Whether two JSON values are equal, numbers compared by value (the parser keeps their exact type). */
    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> entry : a.properties()) {
                if (!same(entry.getValue(), b.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** {@code expected} with a {@link #diff} applied: fields set, and removed where the diff holds null. */
    public static ObjectNode overlay(ObjectNode expected, JsonNode diff) {
        if (diff == null || !diff.isObject()) {
            return expected;
        }
        ObjectNode result = expected.deepCopy();
        diff.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), entry.getValue());
            }
        });
        return result;
    }

    /** The JSON value of an extension field's text, or empty when there is none. */
    public static Optional<JsonNode> extension(Map<String, String> extensions, String name) {
        String text = extensions.get(name);
        if (text == null) {
            return Optional.empty();
        }
        return EXTENSION_PARSER.parse(text).root();
    }

    /** The object under {@code field}, or an empty object when there is none. */
    public static ObjectNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? (ObjectNode) value : NODES.objectNode();
    }

    /** The string under {@code field}, if it is a string. */
    public static Optional<String> string(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
    }

    /**
     * An identifier made from free text: lower case ASCII letters and digits, other runs of characters
     * turned into one hyphen, at most {@code max} characters; empty when nothing is left.
     */
    public static String slug(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > max) {
            plain = plain.substring(0, max).replaceAll("-+$", "");
        }
        return plain;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not yet in {@code taken} (which it joins). */
    public static String unique(String base, Set<String> taken) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** Indented JSON text with a final new line. */
    public static String pretty(JsonNode node) {
        return PRETTY.writeValueAsString(node) + "\n";
    }
}
