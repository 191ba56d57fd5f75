package org.cadre.json;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of Cadre document, named by the {@code kind} field at the top of each document. Each kind has
 * a JSON Schema published in this jar.
 */
public enum DocumentKind {
    /** A competency framework with its scales, competency tree and programmes. */
    FRAMEWORK("framework"),
    /** One person's record: ratings, evidence, programmes and facts. */
    PERSON("person"),
    /** Several people's records in one document. */
    COHORT("cohort"),
    /** One person's development plan: goals, activities, reviews and approvals. */
    PLAN("plan"),
    /** An activity catalogue. */
    CATALOGUE("catalogue");

    /** The format version every kind currently uses. */
    public static final String FORMAT_VERSION = "1.0";

    private final String jsonName;

    DocumentKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value of {@code kind} in a document of this kind. */
    public String jsonName() {
        return jsonName;
    }

    /** The stable {@code $id} of this kind's schema. */
    public String schemaId() {
        return "https://cadre.org/schemas/" + FORMAT_VERSION + "/" + jsonName + ".schema.json";
    }

    /** The path of this kind's schema inside the jar. */
    public String schemaResource() {
        return "/org/cadre/json/schema/" + jsonName + ".schema.json";
    }

    /** The kind whose {@code kind} value is {@code name}. */
    public static Optional<DocumentKind> fromJsonName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName.equals(name)).findFirst();
    }
}
