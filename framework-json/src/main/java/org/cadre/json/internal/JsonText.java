package org.cadre.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.json.Limits;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import org.cadre.report.Severity;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses JSON text into a tree without recursion, enforcing the limits on depth, string, number and array
 * length, and reporting duplicate keys; and finds the line and column of JSON Pointers in the same text.
 * Numbers keep their exact value (integers as integers, decimals as {@code BigDecimal}).
 */
public final class JsonText {

    private final Limits limits;
    private final JsonFactory factory;

    /** A parser for the given limits. */
    public JsonText(Limits limits) {
        this.limits = limits;
        // Jackson's own limits are set just above ours (or out of the way) so that ours, with their clearer
        // messages, are the ones that trigger; the document size bounds everything Jackson reads.
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(Integer.MAX_VALUE)
                        .maxNameLength(Integer.MAX_VALUE)
                        .maxNumberLength(Integer.MAX_VALUE)
                        .maxDocumentLength(-1)
                        .maxTokenCount(-1)
                        .build())
                .build();
    }

    /**
     * The tree, when parsing got to the end, and every issue found on the way; {@code numbersBeyondLong}
     * says whether the tree holds a number that a {@code long} cannot hold (see
     * {@link SchemaCheck#check(org.cadre.json.DocumentKind, JsonNode, boolean)}), noticed while parsing so
     * that nothing walks the tree again to find out.
     */
    public record Parsed(Optional<JsonNode> root, List<Issue> issues, boolean numbersBeyondLong) {

        /** A result whose tree, if any, holds no number beyond a {@code long}. */
        public Parsed(Optional<JsonNode> root, List<Issue> issues) {
            this(root, issues, false);
        }
    }

    /** Parses a whole document. */
    public Parsed parse(String text) {
        List<Issue> issues = new ArrayList<>();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> containers = new ArrayList<>();
        List<String> pendingNames = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String name = null;
        JsonNode root = null;
        boolean beyondLong = false;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (root != null) {
                    issues.add(at(parser.currentTokenLocation(), Codes.JSON_SYNTAX, "",
                            "unexpected content after the end of the document; a document holds exactly one"
                                    + " JSON value"));
                    return new Parsed(Optional.empty(), issues);
                }
                if (token == JsonToken.PROPERTY_NAME) {
                    name = parser.currentName();
                    String pointer = Pointers.append(pointers.get(pointers.size() - 1), name);
                    if (name.length() > limits.maxStringLength()) {
                        issues.add(at(parser.currentTokenLocation(), Codes.JSON_STRING_TOO_LONG, pointer,
                                tooLong("a key", name.length(), limits.maxStringLength())));
                        return new Parsed(Optional.empty(), issues);
                    }
                    checkSurrogates(name, parser.currentTokenLocation(), pointer, issues);
                    ObjectNode object = (ObjectNode) containers.get(containers.size() - 1);
                    if (object.has(name)) {
                        issues.add(at(parser.currentTokenLocation(), Codes.JSON_DUPLICATE_KEY, pointer,
                                "the key \"" + name + "\" appears twice in the same object; keep one of them"));
                    }
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    JsonNode done = containers.remove(containers.size() - 1);
                    pointers.remove(pointers.size() - 1);
                    counts.remove(counts.size() - 1);
                    name = pendingNames.remove(pendingNames.size() - 1);
                    if (containers.isEmpty()) {
                        root = done;
                    } else {
                        attach(containers.get(containers.size() - 1), name, done);
                    }
                    continue;
                }
                String pointer = containers.isEmpty() ? ""
                        : Pointers.append(pointers.get(pointers.size() - 1),
                        containers.get(containers.size() - 1).isArray() ? counts.get(counts.size() - 1) : name);
                if (!containers.isEmpty() && containers.get(containers.size() - 1).isArray()) {
                    int count = counts.get(counts.size() - 1) + 1;
                    if (count > limits.maxArrayLength()) {
                        issues.add(at(parser.currentTokenLocation(), Codes.JSON_ARRAY_TOO_LONG, pointer,
                                String.format(Locale.ROOT, "the array has more than the limit of %,d elements",
                                        limits.maxArrayLength())));
                        return new Parsed(Optional.empty(), issues);
                    }
                    counts.set(counts.size() - 1, count);
                }
                JsonNode value;
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (containers.size() + 1 > limits.maxDepth()) {
                            issues.add(at(parser.currentTokenLocation(), Codes.JSON_TOO_DEEP, pointer,
                                    String.format(Locale.ROOT, "arrays and objects are nested more than %d deep,"
                                            + " the limit; no Cadre document needs that", limits.maxDepth())));
                            return new Parsed(Optional.empty(), issues);
                        }
                        containers.add(token == JsonToken.START_OBJECT ? nodes.objectNode() : nodes.arrayNode());
                        pendingNames.add(name);
                        pointers.add(pointer);
                        counts.add(0);
                        name = null;
                        continue;
                    }
                    case VALUE_STRING -> {
                        String string = parser.getString();
                        if (string.length() > limits.maxStringLength()) {
                            issues.add(at(parser.currentTokenLocation(), Codes.JSON_STRING_TOO_LONG, pointer,
                                    tooLong("the string", string.length(), limits.maxStringLength())));
                            return new Parsed(Optional.empty(), issues);
                        }
                        checkSurrogates(string, parser.currentTokenLocation(), pointer, issues);
                        value = nodes.stringNode(string);
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        String digits = parser.getString();
                        if (digits.length() > limits.maxNumberLength()) {
                            issues.add(at(parser.currentTokenLocation(), Codes.JSON_NUMBER_TOO_LONG, pointer,
                                    String.format(Locale.ROOT, "the number is %,d characters long, more than the"
                                            + " limit of %,d", digits.length(), limits.maxNumberLength())));
                            return new Parsed(Optional.empty(), issues);
                        }
                        value = token == JsonToken.VALUE_NUMBER_INT
                                ? nodes.numberNode(parser.getBigIntegerValue())
                                : nodes.numberNode(parser.getDecimalValue());
                        beyondLong = beyondLong || !value.canConvertToLong();
                    }
                    case VALUE_TRUE -> value = nodes.booleanNode(true);
                    case VALUE_FALSE -> value = nodes.booleanNode(false);
                    case VALUE_NULL -> value = nodes.nullNode();
                    default -> throw new IllegalStateException("unexpected token " + token);
                }
                if (containers.isEmpty()) {
                    root = value;
                } else {
                    attach(containers.get(containers.size() - 1), name, value);
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String message = e.getOriginalMessage();
            int newline = message.indexOf('\n');
            if (newline > 0) {
                message = message.substring(0, newline);
            }
            // Jackson names where an unclosed object or array began in its own words ("start marker at
            // [Source: REDACTED …]"), which mean nothing to the file's author: the line and column say where.
            int marker = message.indexOf(" (start marker at [Source:");
            if (marker > 0) {
                message = message.substring(0, marker);
            }
            issues.add(at(location, Codes.JSON_SYNTAX, currentPointer(pointers, containers, counts, name),
                    "the document is not well-formed JSON: " + message));
            return new Parsed(Optional.empty(), issues);
        }
        if (root == null) {
            issues.add(new Issue(Codes.JSON_SYNTAX, Severity.ERROR, "", 1, 1,
                    "the document ends before its JSON value is complete"));
            return new Parsed(Optional.empty(), issues);
        }
        return new Parsed(Optional.of(root), issues, beyondLong);
    }

    private static void checkSurrogates(String text, TokenStreamLocation location, String pointer,
                                        List<Issue> issues) {
        int at = loneSurrogate(text);
        if (at >= 0) {
            issues.add(at(location, Codes.JSON_LONE_SURROGATE, pointer, String.format(Locale.ROOT,
                    "the text holds \\u%04x at character %d without the other half of its UTF-16 pair, so it is"
                            + " not a character; remove it or write the whole character", (int) text.charAt(at),
                    at + 1)));
        }
    }

    /** The index of the first UTF-16 surrogate without its pair in {@code text}, or -1 if there is none. */
    public static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String currentPointer(List<String> pointers, List<JsonNode> containers, List<Integer> counts,
                                         String name) {
        if (pointers.isEmpty()) {
            return "";
        }
        String base = pointers.get(pointers.size() - 1);
        if (containers.get(containers.size() - 1).isArray()) {
            return base;
        }
        return name == null ? base : Pointers.append(base, name);
    }

    private static void attach(JsonNode container, String name, JsonNode value) {
        if (container instanceof ObjectNode object) {
            object.putIfAbsent(name, value);
        } else {
            ((ArrayNode) container).add(value);
        }
    }

    private static String tooLong(String what, int length, int limit) {
        return String.format(Locale.ROOT, "%s is %,d characters long, more than the limit of %,d", what, length,
                limit);
    }

    private static Issue at(TokenStreamLocation location, String code, String pointer, String message) {
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        if (line <= 0 || column <= 0) {
            line = 1;
            column = 1;
        }
        return new Issue(code, Severity.ERROR, pointer, line, column, message);
    }

    /**
     * The line and column where each of the given pointers' values start in a document that parsed
     * before. A pointer that names nothing in the document (a missing field) gets the position of its
     * nearest existing ancestor.
     */
    public Map<String, int[]> positions(String text, Collection<String> wanted) {
        Set<String> lookFor = new HashSet<>();
        for (String pointer : wanted) {
            String current = pointer;
            while (true) {
                lookFor.add(current);
                int slash = current.lastIndexOf('/');
                if (slash < 0) {
                    break;
                }
                current = current.substring(0, slash);
            }
        }
        Map<String, int[]> found = new HashMap<>();
        List<String> pointers = new ArrayList<>();
        List<Boolean> arrays = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        String name = null;
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME) {
                    name = parser.currentName();
                    continue;
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    pointers.remove(pointers.size() - 1);
                    arrays.remove(arrays.size() - 1);
                    counts.remove(counts.size() - 1);
                    continue;
                }
                String pointer;
                if (pointers.isEmpty()) {
                    pointer = "";
                } else if (arrays.get(arrays.size() - 1)) {
                    int index = counts.get(counts.size() - 1);
                    counts.set(counts.size() - 1, index + 1);
                    pointer = Pointers.append(pointers.get(pointers.size() - 1), index);
                } else {
                    pointer = Pointers.append(pointers.get(pointers.size() - 1), name);
                }
                if (lookFor.contains(pointer) && !found.containsKey(pointer)) {
                    TokenStreamLocation location = parser.currentTokenLocation();
                    found.put(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    pointers.add(pointer);
                    arrays.add(token == JsonToken.START_ARRAY);
                    counts.add(0);
                } else if (token == JsonToken.VALUE_STRING || token.isNumeric()) {
                    parser.skipChildren();
                }
            }
        } catch (JacksonException e) {
            // The text parsed before; whatever was found up to here is still right.
        }
        Map<String, int[]> result = new HashMap<>();
        for (String pointer : wanted) {
            String current = pointer;
            while (!found.containsKey(current) && !current.isEmpty()) {
                current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
            }
            int[] position = found.getOrDefault(current, new int[] {1, 1});
            result.put(pointer, position);
        }
        return result;
    }
}
