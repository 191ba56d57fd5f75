package org.cadre.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Words for places and values in a document, for messages written for people. */
final class Describe {

    private static final Pattern LISTED = Pattern.compile("^/(scales|competencies|programmes)/(\\d+)(/.*)?$");
    private static final Pattern LEVEL = Pattern.compile("^/scales/(\\d+)/levels/(\\d+)(/.*)?$");
    private static final Pattern NAMED = Pattern.compile("^/(rules|facts)/([^/]+)(/.*)?$");
    private static final Pattern POLICY = Pattern.compile("^/ratingPolicy(/.*)?$");
    private static final Pattern PERSON = Pattern.compile("^/people/(\\d+)(/.*)?$");
    private static final Pattern RECORD = Pattern.compile("^/(ratings|evidence|programmes)/(\\d+)(/.*)?$");
    private static final Pattern FACT = Pattern.compile("^/facts/([^/]+)$");
    private static final int SHORT = 60;

    private Describe() {
    }

    /** "the framework", "competency [x]", "field \"parent\" of competency [x]", … */
    static String where(JsonNode document, String pointer) {
        if (pointer.isEmpty()) {
            return "the document";
        }
        JsonNode kind = document.get("kind");
        if (kind == null || !kind.isString() || !kind.asString().equals("framework")) {
            return wherePerson(document, pointer);
        }
        Matcher named = NAMED.matcher(pointer);
        if (named.matches()) {
            String owner = (named.group(1).equals("rules") ? "named rule [" : "fact [") + named.group(2) + "]";
            return rest(owner, named.group(3));
        }
        Matcher policy = POLICY.matcher(pointer);
        if (policy.matches()) {
            return rest("the rating policy", policy.group(1));
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

    /** Places in a person document, a cohort or a JSON Lines line. */
    private static String wherePerson(JsonNode document, String pointer) {
        Matcher person = PERSON.matcher(pointer);
        if (person.matches()) {
            String owner = "person " + idOf(document, "/people/" + person.group(1));
            String inner = person.group(2);
            if (inner == null || inner.isEmpty()) {
                return owner;
            }
            String within = wherePerson(document.at("/people/" + person.group(1)), inner);
            return within.startsWith("the value at ") ? rest(owner, inner) : within + " of " + owner;
        }
        Matcher record = RECORD.matcher(pointer);
        if (record.matches()) {
            String noun = switch (record.group(1)) {
                case "ratings" -> "rating";
                case "evidence" -> "item of evidence";
                default -> "programme record";
            };
            return rest(noun + " #" + record.group(2) + " (counting from 0)", record.group(3));
        }
        Matcher fact = FACT.matcher(pointer);
        if (fact.matches()) {
            return "fact [" + fact.group(1) + "]";
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
