package org.cadre.json.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cadre.check.Suggestions;
import org.cadre.json.DocumentKind;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * Validates a document tree against its kind's JSON Schema (draft 2020-12, loaded from this jar; nothing
 * is ever fetched from the network) and turns each violation into an issue with a Cadre code and a message
 * for the person who wrote the file. Thread-safe once built.
 */
public final class SchemaCheck {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Where the body of a person is defined: in a cohort, on a JSON Lines line. */
    private static final String PERSON_BODY = DocumentKind.PERSON.schemaId() + "#/$defs/person";

    /**
     * The {@code $id} of the framework schema with every competency accepted as it is: used, with the same
     * texts for messages, when {@link CompetencySchemaFilter} has found each competency sound already.
     */
    private static final String COMPETENCIES_APART = DocumentKind.FRAMEWORK.schemaId() + "?competencies=apart";

    private final Map<DocumentKind, Schema> schemas = new EnumMap<>(DocumentKind.class);
    private final Map<String, JsonNode> schemaTrees = new java.util.HashMap<>();
    private final Schema personBody;
    private final Schema competenciesApart;

    /**
     * Loads and compiles the schema of every kind. Schemas refer to each other by {@code $id} (a cohort's
     * people are defined in the person schema); every {@code $id} resolves to the text in this jar.
     */
    public SchemaCheck() {
        Map<String, String> texts = new java.util.HashMap<>();
        for (DocumentKind kind : DocumentKind.values()) {
            texts.put(kind.schemaId(), schemaText(kind));
        }
        texts.put(COMPETENCIES_APART, competenciesApartText(texts.get(DocumentKind.FRAMEWORK.schemaId())));
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(texts::get));
        for (DocumentKind kind : DocumentKind.values()) {
            schemas.put(kind, registry.getSchema(SchemaLocation.of(kind.schemaId())));
            schemaTrees.put(kind.schemaId(), MAPPER.readTree(texts.get(kind.schemaId())));
        }
        personBody = registry.getSchema(SchemaLocation.of(PERSON_BODY));
        competenciesApart = registry.getSchema(SchemaLocation.of(COMPETENCIES_APART));
        // Issues from it are described from the framework schema itself: they never come from a competency.
        schemaTrees.put(COMPETENCIES_APART, schemaTrees.get(DocumentKind.FRAMEWORK.schemaId()));
    }

    /** The framework schema with its own {@code $id} and {@code true} (anything) for each competency. */
    private static String competenciesApartText(String frameworkSchema) {
        tools.jackson.databind.node.ObjectNode tree = (tools.jackson.databind.node.ObjectNode) MAPPER.readTree(
                frameworkSchema);
        tree.put("$id", COMPETENCIES_APART);
        tools.jackson.databind.node.ObjectNode competencies = (tools.jackson.databind.node.ObjectNode) tree
                .get("properties").get("competencies");
        if (!competencies.has("items") || competencies.size() != 2 || !competencies.has("type")) {
            throw new IllegalStateException("the framework schema's competencies are no longer a plain list of"
                    + " competencies; CompetencySchemaFilter must be looked at again: " + competencies);
        }
        competencies.put("items", true);
        return MAPPER.writeValueAsString(tree);
    }

    /** The text of a kind's schema, as published in this jar. */
    public static String schemaText(DocumentKind kind) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(kind.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the schema " + kind.schemaResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + kind.schemaResource(), e);
        }
    }

    /** Every schema violation of the document, as issues without positions. */
    public List<Issue> check(DocumentKind kind, JsonNode document) {
        return check(kind, document, true);
    }

    /**
     * The same as {@link #check(DocumentKind, JsonNode)} for a tree whose parser has said whether it holds
     * a number beyond a {@code long} ({@link JsonText.Parsed#numbersBeyondLong()}): when it holds none, the
     * tree goes to the validator as it is, without a walk over every value to look for one.
     *
     * <p>A framework whose competencies {@link CompetencySchemaFilter} all accepts is validated against the
     * framework schema without its competency part (for 14,000 competencies, the validator's walk over them
     * is most of its time); any other document against its whole schema. Either way the issues are the same.
     */
    public List<Issue> check(DocumentKind kind, JsonNode document, boolean numbersBeyondLong) {
        JsonNode forValidator = numbersBeyondLong ? forValidator(document) : document;
        Schema schema = kind == DocumentKind.FRAMEWORK && competenciesSound(forValidator) ? competenciesApart
                : schemas.get(kind);
        return issues(schema.validate(forValidator), document);
    }

    /**
     * Every schema violation of the document, found by validating it against its whole schema, competencies
     * included: the reference that {@link #check(DocumentKind, JsonNode)} gives the same issues as.
     */
    public List<Issue> checkWhole(DocumentKind kind, JsonNode document) {
        return issues(schemas.get(kind).validate(forValidator(document)), document);
    }

    /** Whether the document is an object with a list of competencies, each accepted by the filter. */
    public static boolean competenciesSound(JsonNode document) {
        JsonNode competencies = document.isObject() ? document.get("competencies") : null;
        if (competencies == null || !competencies.isArray()) {
            return false;
        }
        for (JsonNode competency : competencies) {
            if (!CompetencySchemaFilter.accepts(competency)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every violation of the person body schema (a person without {@code kind} and {@code formatVersion},
     * as in a cohort or on a JSON Lines line), as issues without positions.
     */
    public List<Issue> checkPersonBody(JsonNode person) {
        return issues(personBody.validate(forValidator(person)), person);
    }

    /**
     * The document as the validator may see it. To compare a number with {@code minimum} or {@code maximum}
     * the validator converts it to a {@code long}, and throws for one outside that range (such as
     * {@code 1E+400}, which JSON allows and the parser keeps exactly). Every bound in Cadre's schemas lies far
     * inside the range, so a copy with each such number replaced by the nearest {@code long} gets the same
     * verdicts; the issues are still built from the document itself, so their messages show the number as
     * written. Found by the hostile-input property test ({@code rank: 1E+400} made the loader throw).
     */
    static JsonNode forValidator(JsonNode document) {
        if (!hasNumberBeyondLong(document)) {
            return document;
        }
        JsonNode copy = document.deepCopy();
        java.util.Deque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(copy);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node instanceof tools.jackson.databind.node.ObjectNode object) {
                for (String name : List.copyOf(object.propertyNames())) {
                    JsonNode child = object.get(name);
                    if (beyondLong(child)) {
                        object.put(name, clamp(child));
                    } else {
                        pending.push(child);
                    }
                }
            } else if (node instanceof tools.jackson.databind.node.ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    if (beyondLong(array.get(i))) {
                        array.set(i, clamp(array.get(i)));
                    } else {
                        pending.push(array.get(i));
                    }
                }
            }
        }
        return copy;
    }

    private static boolean hasNumberBeyondLong(JsonNode document) {
        java.util.Deque<JsonNode> pending = new java.util.ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (beyondLong(node)) {
                return true;
            }
            if (node.isContainer()) {
                node.values().forEach(pending::push);
            }
        }
        return false;
    }

    private static boolean beyondLong(JsonNode node) {
        return node.isNumber() && !node.canConvertToLong();
    }

    private static long clamp(JsonNode number) {
        return number.decimalValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    private List<Issue> issues(List<Error> errors, JsonNode document) {
        Set<Issue> issues = new LinkedHashSet<>();
        for (Error error : errors) {
            issues.add(toIssue(document, error));
        }
        return new ArrayList<>(issues);
    }

    private Issue toIssue(JsonNode document, Error error) {
        String pointer = pointer(error);
        String keyword = Objects.requireNonNullElse(error.getKeyword(), "");
        String where = Describe.where(document, pointer);
        JsonNode value = document.at(pointer);
        switch (keyword) {
            case "required" -> {
                String field = error.getProperty();
                return Issue.error(Codes.SCHEMA_REQUIRED, pointer, where + " lacks the required field \"" + field
                        + "\"");
            }
            case "additionalProperties" -> {
                String field = error.getProperty();
                String fieldPointer = Pointers.append(pointer, field);
                Collection<String> known = knownFields(error);
                String hint = Suggestions.closest(field, known).map(name -> " Did you mean \"" + name + "\"?")
                        .orElse(known.isEmpty() ? "" : " Known fields: " + String.join(", ", known) + ".");
                return Issue.error(Codes.SCHEMA_UNKNOWN_FIELD, fieldPointer, where + " has the unknown field \""
                        + field + "\"." + hint + " Fields of your own must start with \"x-\".");
            }
            case "type" -> {
                String expected = schemaValue(error).map(JsonNode::toString).orElse("another type");
                return Issue.error(Codes.SCHEMA_TYPE, pointer, where + " must be " + typeWords(expected)
                        + ", not " + Describe.jsonType(value) + " " + Describe.shortValue(value));
            }
            case "pattern" -> {
                String description = parentDescription(error);
                return Issue.error(Codes.SCHEMA_PATTERN, pointer, where + " has the value "
                        + Describe.shortValue(value) + ", which is not allowed here"
                        + (description.isEmpty() ? "; it must match " + schemaValue(error)
                        .map(JsonNode::asString).orElse("the pattern") : ". " + description));
            }
            case "propertyNames" -> {
                String key = error.getProperty();
                String description = referencedDescription(error);
                if (key == null) {
                    return Issue.error(Codes.SCHEMA_PATTERN, pointer, where + " has a key that is not allowed: "
                            + error.getMessage().replaceFirst("^[^:]*: ", ""));
                }
                return Issue.error(Codes.SCHEMA_PATTERN, Pointers.append(pointer, key), where + " has the key "
                        + Describe.shortValue(StringNode.valueOf(key))
                        + ", which is not allowed here" + (description.isEmpty()
                        ? ": " + error.getMessage().replaceFirst("^[^:]*: ", "") : ". " + description));
            }
            case "enum", "const" -> {
                String allowed = schemaValue(error).map(node -> node.isArray() ? joinValues(node)
                        : node.toString()).orElse("the allowed values");
                return Issue.error(Codes.SCHEMA_ENUM, pointer, where + " is " + Describe.shortValue(value)
                        + "; it must be " + (keyword.equals("enum") ? "one of " : "") + allowed);
            }
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
                 "minItems", "maxItems" -> {
                String bound = schemaValue(error).map(JsonNode::toString).orElse("?");
                return Issue.error(Codes.SCHEMA_RANGE, pointer, where + " " + rangeWords(keyword, bound, value));
            }
            case "minProperties", "maxProperties" -> {
                // Rules and sets are objects with a fixed number of fields; their description says which.
                String bound = schemaValue(error).map(JsonNode::toString).orElse("?");
                String description = parentDescription(error);
                return Issue.error(Codes.SCHEMA_RANGE, pointer, where + " " + rangeWords(keyword, bound, value)
                        + (description.isEmpty() ? "" : ". " + description));
            }
            case "uniqueItems" -> {
                return Issue.error(Codes.SCHEMA_UNIQUE, pointer, where + " lists the same item more than once;"
                        + " each item may appear only once");
            }
            case "false" -> {
                String description = enclosingDescription(error);
                return Issue.error(Codes.SCHEMA_UNKNOWN_FIELD, pointer, where + " is not allowed here"
                        + (description.isEmpty() ? "" : ". " + description));
            }
            default -> {
                return Issue.error(Codes.SCHEMA_OTHER, pointer, where + ": " + error.getMessage());
            }
        }
    }

    /**
     * The JSON Pointer of the error's instance, built from the names and indexes of its path. The
     * validator's own rendering of the path writes a control character in a name as a JSON escape (a
     * carriage return as backslash and {@code r}), which points nowhere; found by the hostile-input test.
     */
    private static String pointer(Error error) {
        com.networknt.schema.path.NodePath location = error.getInstanceLocation();
        String pointer = "";
        if (location == null) {
            return pointer;
        }
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            pointer = Pointers.append(pointer, element);
        }
        return pointer;
    }

    private java.util.Optional<JsonNode> schemaValue(Error error) {
        JsonNode node = error.getSchemaNode();
        if (node != null && !node.isMissingNode()) {
            return java.util.Optional.of(node);
        }
        return java.util.Optional.ofNullable(schemaNodeAt(error, fragment(error))).filter(n -> !n.isMissingNode());
    }

    private static String fragment(Error error) {
        SchemaLocation location = error.getSchemaLocation();
        if (location == null || location.getFragment() == null) {
            return "";
        }
        String text = location.getFragment().toString();
        return text.startsWith("#") ? text.substring(1) : text;
    }

    /** The node at a fragment of the schema the error comes from (the person schema, for a cohort's people). */
    private JsonNode schemaNodeAt(Error error, String fragment) {
        SchemaLocation location = error.getSchemaLocation();
        JsonNode tree = location == null || location.getAbsoluteIri() == null ? null
                : schemaTrees.get(location.getAbsoluteIri().toString());
        return tree == null ? null : tree.at(fragment);
    }

    private Collection<String> knownFields(Error error) {
        String fragment = fragment(error);
        int slash = fragment.lastIndexOf('/');
        if (slash < 0) {
            return List.of();
        }
        JsonNode properties = schemaNodeAt(error, fragment.substring(0, slash) + "/properties");
        if (properties == null || !properties.isObject()) {
            return List.of();
        }
        return List.copyOf(properties.propertyNames());
    }

    private String parentDescription(Error error) {
        String fragment = fragment(error);
        int slash = fragment.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        JsonNode description = schemaNodeAt(error, fragment.substring(0, slash) + "/description");
        return description != null && description.isString() ? description.asString() : "";
    }

    /** The description of the schema a keyword such as {@code propertyNames} refers to with a local $ref. */
    private String referencedDescription(Error error) {
        JsonNode node = schemaNodeAt(error, fragment(error));
        if (node != null && node.has("$ref") && node.get("$ref").asString().startsWith("#")) {
            node = schemaNodeAt(error, node.get("$ref").asString().substring(1));
        }
        JsonNode description = node == null ? null : node.get("description");
        return description != null && description.isString() ? description.asString() : "";
    }

    /** The description of the nearest schema around the failing keyword that has one. */
    private String enclosingDescription(Error error) {
        String fragment = fragment(error);
        while (fragment.lastIndexOf('/') >= 0) {
            fragment = fragment.substring(0, fragment.lastIndexOf('/'));
            JsonNode node = schemaNodeAt(error, fragment);
            JsonNode description = node == null || !node.isObject() ? null : node.get("description");
            if (description != null && description.isString()) {
                return description.asString();
            }
        }
        return "";
    }

    private static String joinValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.toString()));
        return String.join(", ", values);
    }

    private static String typeWords(String expected) {
        String type = expected.replace("\"", "");
        return switch (type) {
            case "object" -> "an object { … }";
            case "array" -> "a list [ … ]";
            case "string" -> "a text in double quotes";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> type;
        };
    }

    private static String rangeWords(String keyword, String bound, JsonNode value) {
        return switch (keyword) {
            case "minimum" -> "is " + Describe.shortValue(value) + "; it must be at least " + bound;
            case "maximum" -> "is " + Describe.shortValue(value) + "; it must be at most " + bound;
            case "exclusiveMinimum" -> "is " + Describe.shortValue(value) + "; it must be more than " + bound;
            case "exclusiveMaximum" -> "is " + Describe.shortValue(value) + "; it must be less than " + bound;
            case "minLength" -> bound.equals("1") ? "is empty; write some text or leave the field out"
                    : String.format(Locale.ROOT, "is %d characters long; it must have at least %s",
                    value.asString().length(), bound);
            case "maxLength" -> String.format(Locale.ROOT, "is %d characters long; it may have at most %s",
                    value.asString().length(), bound);
            case "minItems" -> String.format(Locale.ROOT, "has %s; it needs at least %s", count(value.size(), "item"),
                    bound);
            case "maxItems" -> String.format(Locale.ROOT, "has %s; it may have at most %s",
                    count(value.size(), "item"), bound);
            case "minProperties" -> String.format(Locale.ROOT, "has %s; it needs at least %s",
                    count(value.size(), "field"), bound);
            default -> String.format(Locale.ROOT, "has %s; it may have at most %s", count(value.size(), "field"),
                    bound);
        };
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
