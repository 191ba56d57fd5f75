package org.cadre.json.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reading fields of a document tree that passed its schema: the shared helpers of the binders. */
final class JsonFields {

    private JsonFields() {
    }

    /** A required text field. */
    static String text(JsonNode node, String field) {
        return node.get(field).asString();
    }

    /** An optional text field, or {@code null} when it is absent or null. */
    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The elements of an array, or none when the field is absent. */
    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(list::add);
        }
        return list;
    }

    /** The texts of an array of strings, or none when the field is absent. */
    static List<String> strings(JsonNode array) {
        return elements(array).stream().map(JsonNode::asString).toList();
    }
}
