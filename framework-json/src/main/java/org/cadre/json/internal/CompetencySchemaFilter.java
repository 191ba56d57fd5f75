package org.cadre.json.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A quick test that a competency object of a framework document passes its JSON Schema
 * ({@code framework.schema.json#/$defs/competency}), written out by hand so that {@link SchemaCheck} need
 * not run the validator over each of a large framework's competencies.
 *
 * <p>It is an accept filter: {@code true} only when the schema surely holds; it declines ({@code false})
 * whatever it is not sure of — a title without a letter or digit, anything unexpected —
 * and the validator then judges the whole document as before. What it accepts, by field: {@code id},
 * {@code parent}, {@code scale}, {@code replacedBy} texts that are ids; {@code title} a text of at most 500
 * chars with a letter or digit; {@code description} a text that is not empty; {@code kind} a kind;
 * {@code indicators} an object whose keys are ids and whose values are non-empty lists of non-empty texts;
 * {@code tags} a list of distinct tags; {@code status} {@code "active"} or {@code "retired"};
 * {@code relations} a list of objects with exactly a relation {@code type} and an id {@code target};
 * {@code translations} an object keyed by language tags whose values are objects with at most a title, a
 * description and indicators as above; and fields whose names start with {@code x-}, with any value. {@code id} and {@code title} must be there.
 * {@code SchemaFastPathPropertyTest} checks, on hostile documents, that the schema check gives the same
 * issues with this filter as without it.
 */
final class CompetencySchemaFilter {

    private CompetencySchemaFilter() {
    }

    /** Whether the competency object surely passes the competency schema. */
    static boolean accepts(JsonNode competency) {
        if (!competency.isObject() || !isId(competency.get("id")) || competency.get("title") == null) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : competency.properties()) {
            if (!field(field.getKey(), field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean field(String name, JsonNode value) {
        return switch (name) {
            case "id", "parent", "scale", "replacedBy" -> isId(value);
            case "title" -> title(value);
            case "description" -> value.isString() && !value.asString().isEmpty();
            case "kind" -> value.isString() && IdPatterns.isKind(value.asString());
            case "indicators" -> indicators(value);
            case "tags" -> tags(value);
            case "status" -> value.isString() && (value.asString().equals("active")
                    || value.asString().equals("retired"));
            case "relations" -> relations(value);
            case "translations" -> translations(value);
            default -> name.startsWith("x-");
        };
    }

    private static boolean isId(JsonNode value) {
        return value != null && value.isString() && IdPatterns.isId(value.asString());
    }

    /** At most 500 chars (so at most 500 code points), with a letter or digit (so not only white space). */
    private static boolean title(JsonNode value) {
        if (!value.isString()) {
            return false;
        }
        String text = value.asString();
        if (text.length() > 500) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Keyed by language tags; each an object with a title, description and indicators at most. */
    private static boolean translations(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> language : value.properties()) {
            JsonNode translation = language.getValue();
            if (!isLanguage(language.getKey()) || !translation.isObject()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> field : translation.properties()) {
                JsonNode text = field.getValue();
                boolean sound = switch (field.getKey()) {
                    case "title" -> title(text);
                    case "description" -> text.isString() && !text.asString().isEmpty();
                    case "indicators" -> indicators(text);
                    default -> false;
                };
                if (!sound) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code ^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$}, the whole text. */
    static boolean isLanguage(String text) {
        int length = text.length();
        int i = 0;
        while (i < length && i < 4 && asciiLetter(text.charAt(i))) {
            i++;
        }
        if (i < 2 || i > 3) {
            return false;
        }
        while (i < length) {
            if (text.charAt(i) != '-') {
                return false;
            }
            int start = ++i;
            while (i < length && i - start < 9 && (asciiLetter(text.charAt(i)) || text.charAt(i) >= '0'
                    && text.charAt(i) <= '9')) {
                i++;
            }
            if (i - start < 2 || i - start > 8) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean indicators(JsonNode value) {
        if (!value.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> level : value.properties()) {
            JsonNode statements = level.getValue();
            if (!IdPatterns.isId(level.getKey()) || !statements.isArray() || statements.isEmpty()) {
                return false;
            }
            for (JsonNode statement : statements) {
                if (!statement.isString() || statement.asString().isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean tags(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode tag : value) {
            if (!tag.isString() || !IdPatterns.isTag(tag.asString()) || !seen.add(tag.asString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean relations(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode relation : value) {
            if (!relation.isObject() || relation.size() != 2) {
                return false;
            }
            JsonNode type = relation.get("type");
            if (type == null || !type.isString() || !IdPatterns.isRelationType(type.asString())
                    || !isId(relation.get("target"))) {
                return false;
            }
        }
        return true;
    }
}
