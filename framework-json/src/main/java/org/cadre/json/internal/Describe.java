package org.cadre.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Words for places and values in a document, for messages written for people. */
final class Describe {

    private static final Pattern LISTED = Pattern.compile("^/(scales|competencies|programmes)/(\\d+)(/.*)?$");
    private static final Pattern LEVEL = Pattern.compile("^/scales/(\\d+)/levels/(\\d+)(/.*)?$");
    private static final int SHORT = 60;

    private Describe() {
    }

    /** "the framework", "competency [x]", "field \"parent\" of competency [x]", … */
    static String where(JsonNode document, String pointer) {
        if (pointer.isEmpty()) {
            return "the document";
        }
        Matcher level = LEVEL.matcher(pointer);
        if (level.matches()) {
            String owner = "level " + idOf(document, "/scales/" + level.group(1) + "/levels/" + level.group(2))
                    + " of scale " + idOf(document, "/scales/" + level.group(1));
            return rest(owner, level.group(3));
        }
        Matcher listed = LISTED.matcher(pointer);
        if (listed.matches()) {
            String noun = switch (listed.group(1)) {
                case "scales" -> "scale";
                case "competencies" -> "competency";
                default -> "programme";
            };
            String owner = noun + " " + idOf(document, "/" + listed.group(1) + "/" + listed.group(2));
            return rest(owner, listed.group(3));
        }
        return "the value at " + pointer;
    }

    private static String rest(String owner, String rest) {
        if (rest == null || rest.isEmpty()) {
            return owner;
        }
        return "\"" + rest.substring(1) + "\" of " + owner;
    }

    private static String idOf(JsonNode document, String pointer) {
        JsonNode id = document.at(pointer + "/id");
        String index = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (id != null && id.isString() && !id.asString().isEmpty() && id.asString().length() <= SHORT) {
            return "[" + id.asString() + "]";
        }
        return "#" + index + " (counting from 0)";
    }

    /** The JSON type of a value, in words. */
    static String jsonType(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isString()) {
            return "the text";
        }
        if (value.isNumber()) {
            return "the number";
        }
        if (value.isBoolean()) {
            return "the value";
        }
        return "the value";
    }

    /** The value as JSON, shortened to a readable length. */
    static String shortValue(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isObject()) {
            return "{…}";
        }
        if (value.isArray()) {
            return "[…]";
        }
        String text = value.toString();
        return text.length() <= SHORT ? text : text.substring(0, SHORT) + "…\" (" + text.length() + " characters)";
    }
}
