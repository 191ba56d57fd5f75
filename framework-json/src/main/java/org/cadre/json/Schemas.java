package org.cadre.json;

import org.cadre.json.internal.SchemaCheck;

/**
 * The published JSON Schemas (draft 2020-12) of the Cadre document kinds, as shipped in this jar. Other
 * systems can validate documents with them before sending them to Cadre.
 */
public final class Schemas {

    private Schemas() {
    }

    /** The text of the schema of a document kind. */
    public static String text(DocumentKind kind) {
        return SchemaCheck.schemaText(kind);
    }

    /** The stable {@code $id} of the schema of a document kind. */
    public static String id(DocumentKind kind) {
        return kind.schemaId();
    }
}
