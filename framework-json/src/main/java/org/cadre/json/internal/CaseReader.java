package org.cadre.json.internal;

import static org.cadre.json.internal.CaseFormat.DOCUMENT_REQUIRED;
import static org.cadre.json.internal.CaseFormat.IS_CHILD_OF;
import static org.cadre.json.internal.CaseFormat.ITEM_REQUIRED;
import static org.cadre.json.internal.CaseFormat.REPLACED_BY;
import static org.cadre.json.internal.CaseFormat.X_CADRE;
import static org.cadre.json.internal.CaseFormat.X_CASE;
import static org.cadre.json.internal.InteropJson.NODES;
import static org.cadre.json.internal.InteropJson.diff;
import static org.cadre.json.internal.InteropJson.object;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cadre.json.DocumentKind;
import org.cadre.model.Ids;
import org.cadre.model.Relation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a 1EdTech CASE 1.0 CFPackage (already parsed) into a Cadre framework document: the CFDocument's
 * fields to the framework's, CFItems to competencies, {@code isChildOf} associations to the tree (siblings
 * in {@code sequenceNumber} order), the other association types to relations, {@code replacedBy} to the
 * lifecycle, CFRubrics to scales and indicators. Whatever the package holds that the framework does not
 * model is kept under {@code x-case}, as the difference from what an export would write, so that an export
 * gives the package back; what a Cadre export kept under {@code x-cadre} is read back.
 */
public final class CaseReader {

    private static final Pattern LOCAL_DATE_TIME = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$");
    private static final Pattern DIGITS = Pattern.compile("^-?\\d{1,9}$");
    private static final Pattern ID = Pattern.compile(Ids.ID);
    private static final Pattern LANGUAGE = Pattern.compile(Ids.LANGUAGE);
    private static final Pattern SEMVER = Pattern.compile(Ids.SEMVER);
    private static final Pattern RELATION_TYPE = Pattern.compile(Relation.TYPE);

    /**
     * The framework document, the pointer into the package of each competency's item (in the order of the
     * framework's competencies), and the problems found.
     */
    public record Converted(ObjectNode framework, List<String> itemPointers, List<Issue> issues, String base,
                            String lastChange) {
    }

    private final JsonNode root;
    private final List<Issue> issues = new ArrayList<>();

    private CaseReader(JsonNode root) {
        this.root = root;
    }

    /** The framework document of a parsed package, or only issues when it has errors. */
    public static Converted convert(JsonNode root) {
        return new CaseReader(root).run();
    }

    private record Link(int association, String destination, Integer sequence) {
    }

    private Converted run() {
        if (!root.isObject() || !root.path("CFDocument").isObject()) {
            String hint = root.isObject() && root.has("kind") ? "; it looks like a Cadre document of kind ["
                    + str(root.path("kind")) + "], which `cadre validate` reads" : "";
            issues.add(Issue.error(Codes.CASE_NOT_CASE, root.isObject() ? "" : "", "this is not a CASE package: a"
                    + " CASE 1.0 CFPackage is a JSON object with a \"CFDocument\" object (and \"CFItems\" and"
                    + " \"CFAssociations\" arrays)" + hint));
            return failed();
        }
        normalize();
        ObjectNode document = (ObjectNode) root.get("CFDocument");
        requireString(document, "/CFDocument", "identifier");
        requireString(document, "/CFDocument", "title");
        List<JsonNode> items = array("CFItems");
        List<JsonNode> associations = array("CFAssociations");
        Map<String, Integer> itemIndex = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        String documentId = str(document.path("identifier"));
        seen.put(documentId, "/CFDocument");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String pointer = Pointers.of("CFItems", i);
            if (!item.isObject()) {
                issues.add(Issue.error(Codes.CASE_INVALID, pointer, "CFItem " + i + " is not a JSON object"));
                continue;
            }
            boolean ok = requireString(item, pointer, "identifier") & requireString(item, pointer, "fullStatement");
            if (!ok) {
                continue;
            }
            String identifier = item.get("identifier").asString();
            String first = seen.putIfAbsent(identifier, pointer);
            if (first != null) {
                issues.add(Issue.error(Codes.CASE_DUPLICATE_IDENTIFIER, pointer + "/identifier", "identifier ["
                        + identifier + "] of this CFItem is already used by " + first
                        + "; identifiers must be unique in a package"));
                continue;
            }
            itemIndex.put(identifier, i);
        }
        Map<String, String> associationSeen = new HashMap<>();
        List<Integer> validAssociations = new ArrayList<>();
        for (int a = 0; a < associations.size(); a++) {
            JsonNode association = associations.get(a);
            String pointer = Pointers.of("CFAssociations", a);
            if (!association.isObject()) {
                issues.add(Issue.error(Codes.CASE_INVALID, pointer, "CFAssociation " + a + " is not a JSON object"));
                continue;
            }
            boolean ok = requireString(association, pointer, "associationType")
                    & requireString(association.path("originNodeURI"), pointer + "/originNodeURI", "identifier")
                    & requireString(association.path("destinationNodeURI"), pointer + "/destinationNodeURI",
                    "identifier");
            if (!ok) {
                continue;
            }
            String identifier = str(association.path("identifier"));
            if (!identifier.isEmpty()) {
                String first = associationSeen.putIfAbsent(identifier, pointer);
                if (first != null || seen.containsKey(identifier)) {
                    issues.add(Issue.error(Codes.CASE_DUPLICATE_IDENTIFIER, pointer + "/identifier", "identifier ["
                            + identifier + "] of this CFAssociation is already used by "
                            + (first != null ? first : seen.get(identifier))
                            + "; identifiers must be unique in a package"));
                    continue;
                }
            }
            validAssociations.add(a);
        }

        // Competency ids: the human coding scheme where it is a usable, unique id; else the identifier.
        Map<String, Integer> codingCount = new HashMap<>();
        for (int i : itemIndex.values()) {
            JsonNode code = items.get(i).path("humanCodingScheme");
            if (code.isString()) {
                codingCount.merge(code.asString(), 1, Integer::sum);
            }
        }
        Map<String, String> competencyOf = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, Integer> entry : itemIndex.entrySet()) {
            JsonNode item = items.get(entry.getValue());
            String code = item.path("humanCodingScheme").isString() ? item.get("humanCodingScheme").asString() : "";
            String id;
            if (ID.matcher(code).matches() && codingCount.get(code) == 1 && !taken.contains(code)) {
                id = code;
            } else if (ID.matcher(entry.getKey()).matches()) {
                id = entry.getKey();
            } else {
                id = "item-" + (entry.getValue() + 1);
            }
            competencyOf.put(entry.getKey(), InteropJson.unique(id, taken));
        }

        // Associations: the tree, relations, replacements, and those kept as they are.
        Map<String, Link> parentLink = new HashMap<>();
        Map<String, List<Link>> relations = new LinkedHashMap<>();
        Map<String, Link> replacement = new HashMap<>();
        Map<String, ArrayNode> external = new HashMap<>();
        ArrayNode frameworkAssociations = NODES.arrayNode();
        for (int a : validAssociations) {
            JsonNode association = associations.get(a);
            String pointer = Pointers.of("CFAssociations", a);
            String type = association.get("associationType").asString();
            String origin = association.path("originNodeURI").path("identifier").asString();
            String destination = association.path("destinationNodeURI").path("identifier").asString();
            boolean originItem = itemIndex.containsKey(origin);
            boolean destinationItem = itemIndex.containsKey(destination);
            if (IS_CHILD_OF.equals(type)) {
                if (!originItem) {
                    issues.add(dangling(pointer + "/originNodeURI/identifier", type, "origin", origin));
                    continue;
                }
                if (!destinationItem && !destination.equals(documentId)) {
                    issues.add(dangling(pointer + "/destinationNodeURI/identifier", type, "destination",
                            destination));
                    continue;
                }
                JsonNode sequence = association.get("sequenceNumber");
                Link link = new Link(a, destinationItem ? destination : null,
                        sequence != null && sequence.isIntegralNumber() ? sequence.intValue() : null);
                if (parentLink.putIfAbsent(origin, link) != null) {
                    issues.add(Issue.warning(Codes.CASE_MULTIPLE_PARENTS, pointer, "item [" + origin
                            + "] is already placed in the tree by " + Pointers.of("CFAssociations",
                            parentLink.get(origin).association()) + "; Cadre's tree gives each competency one"
                            + " parent, so this isChildOf association is kept under x-case as it is"));
                    external.computeIfAbsent(origin, key -> NODES.arrayNode()).add(association);
                }
                continue;
            }
            if (!originItem) {
                if (destinationItem) {
                    frameworkAssociations.add(association);
                } else {
                    issues.add(Issue.error(Codes.CASE_ASSOCIATION_DANGLING, pointer + "/originNodeURI/identifier",
                            "association [" + type + "] links [" + origin + "] to [" + destination + "], and"
                            + " neither is an item of this package"));
                }
                continue;
            }
            Link link = new Link(a, destination, null);
            if (destinationItem && REPLACED_BY.equals(type) && !replacement.containsKey(origin)) {
                replacement.put(origin, link);
            } else if (destinationItem && !REPLACED_BY.equals(type) && RELATION_TYPE.matcher(type).matches()
                    && !destination.equals(origin) && relations.getOrDefault(origin, List.of()).stream()
                    .noneMatch(other -> other.destination().equals(destination)
                            && associations.get(other.association()).get("associationType").asString().equals(type))) {
                relations.computeIfAbsent(origin, key -> new ArrayList<>()).add(link);
            } else {
                external.computeIfAbsent(origin, key -> NODES.arrayNode()).add(association);
            }
        }
        cycles(parentLink);
        if (issues.stream().anyMatch(Issue::isError)) {
            return failed();
        }

        // The tree's order: siblings by sequence number, then by their place in the package.
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        for (String identifier : itemIndex.keySet()) {
            Link link = parentLink.get(identifier);
            if (link == null || link.destination() == null) {
                roots.add(identifier);
            } else {
                children.computeIfAbsent(link.destination(), key -> new ArrayList<>()).add(identifier);
            }
        }
        Comparator<String> order = Comparator.comparing((String identifier) -> parentLink.get(identifier) == null)
                .thenComparing(identifier -> parentLink.get(identifier) == null
                        || parentLink.get(identifier).sequence() == null ? Integer.MAX_VALUE
                        : parentLink.get(identifier).sequence())
                .thenComparing(itemIndex::get);
        roots.sort(order);
        children.values().forEach(list -> list.sort(order));
        List<String> ordered = new ArrayList<>();
        if (document.has(X_CADRE)) {
            ordered.addAll(itemIndex.keySet()); // written by Cadre: the items are in the framework's order
        }
        Deque<String> stack = new ArrayDeque<>();
        for (int r = roots.size() - 1; r >= 0; r--) {
            stack.push(roots.get(r));
        }
        while (!stack.isEmpty() && !document.has(X_CADRE)) {
            String identifier = stack.pop();
            ordered.add(identifier);
            List<String> kids = children.getOrDefault(identifier, List.of());
            for (int k = kids.size() - 1; k >= 0; k--) {
                stack.push(kids.get(k));
            }
        }

        // The framework document.
        ObjectNode rawDocument = document.deepCopy();
        ObjectNode cadre = object(document, X_CADRE).deepCopy();
        rawDocument.remove(X_CADRE);
        String uri = rawDocument.path("uri").isString() ? rawDocument.get("uri").asString() : "";
        String suffix = "/CFDocuments/" + documentId;
        String base = uri.endsWith(suffix) ? uri.substring(0, uri.length() - suffix.length()) : "urn:cadre:case";
        String lastChange = rawDocument.path("lastChangeDateTime").isString()
                ? rawDocument.get("lastChangeDateTime").asString() : "";
        ObjectNode framework = NODES.objectNode();
        framework.put("kind", DocumentKind.FRAMEWORK.jsonName());
        framework.put("formatVersion", DocumentKind.FORMAT_VERSION);
        String frameworkId = cadre.path("id").isString() ? cadre.get("id").asString()
                : ID.matcher(documentId).matches() ? documentId : "case-framework";
        framework.put("id", frameworkId);
        String version = rawDocument.path("version").isString() ? rawDocument.get("version").asString() : "";
        framework.put("version", SEMVER.matcher(version).matches() ? version : "1.0.0");
        framework.put("title", str(rawDocument.path("title")));
        String description = rawDocument.path("description").isString()
                ? rawDocument.get("description").asString() : "";
        if (!description.isEmpty()) {
            framework.put("description", description);
        }
        String language = rawDocument.path("language").isString() ? rawDocument.get("language").asString() : "";
        if (LANGUAGE.matcher(language).matches()) {
            framework.put("language", language);
        }
        if (cadre.has("license")) {
            framework.set("license", cadre.get("license"));
        }
        if (cadre.has("authors")) {
            framework.set("authors", cadre.get("authors"));
        } else if (rawDocument.path("creator").isString() && !rawDocument.get("creator").asString().isBlank()) {
            framework.putArray("authors").add(rawDocument.get("creator").asString());
        }
        ObjectNode source = object(cadre, "source").deepCopy();
        ObjectNode sourceOut = NODES.objectNode();
        InteropJson.string(rawDocument, "publisher").filter(text -> !text.isBlank())
                .ifPresent(text -> sourceOut.put("publisher", text));
        if (source.has("title")) {
            sourceOut.set("title", source.remove("title"));
        }
        InteropJson.string(rawDocument, "officialSourceURL").filter(text -> !text.isBlank())
                .ifPresent(text -> sourceOut.put("url", text));
        sourceOut.setAll(source);
        if (!sourceOut.isEmpty() || cadre.has("source")) {
            framework.set("source", sourceOut);
        }
        if (cadre.has("translations")) {
            framework.set("translations", cadre.get("translations"));
        }
        JsonNode rubricsNode = root.path("CFRubrics");
        // A package written by Cadre carries its scales and indicators under x-cadre; others have only rubrics.
        CaseFormat.Derived derived = CaseFormat.rubrics(rubricsNode.isArray() && !cadre.has("scales") ? rubricsNode
                : NODES.arrayNode(), competencyOf);
        if (cadre.has("scales")) {
            framework.set("scales", cadre.get("scales"));
        } else if (!derived.scales().isEmpty()) {
            ArrayNode scales = framework.putArray("scales");
            derived.scales().forEach(scales::add);
        } else {
            framework.putArray("scales").add(CaseFormat.placeholderScale());
        }
        ArrayNode competencies = framework.putArray("competencies");
        List<String> itemPointers = new ArrayList<>();
        Map<String, ObjectNode> itemsByCompetency = new LinkedHashMap<>();
        for (String identifier : ordered) {
            ObjectNode item = (ObjectNode) items.get(itemIndex.get(identifier)).deepCopy();
            item.remove(X_CADRE);
            itemsByCompetency.put(competencyOf.get(identifier), item);
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String identifier : ordered) {
            Link link = parentLink.get(identifier);
            List<String> siblings = link == null || link.destination() == null ? roots
                    : children.get(link.destination());
            rank.put(identifier, siblings.indexOf(identifier) + 1);
        }
        CaseWriter.Context context = new CaseWriter.Context(frameworkId, base, lastChange);
        for (String identifier : ordered) {
            int index = itemIndex.get(identifier);
            itemPointers.add(Pointers.of("CFItems", index));
            JsonNode item = items.get(index);
            String id = competencyOf.get(identifier);
            ObjectNode competency = competencies.addObject();
            competency.put("id", id);
            String full = item.get("fullStatement").asString();
            String abbreviated = item.path("abbreviatedStatement").isString()
                    ? item.get("abbreviatedStatement").asString() : "";
            if (!abbreviated.isBlank()) {
                competency.put("title", abbreviated);
                competency.put("description", full);
            } else if (full.isBlank() || full.codePointCount(0, full.length()) > 500) {
                competency.put("title", full.isBlank() ? "(no statement)" : shorten(full));
                if (!full.isBlank()) {
                    competency.put("description", full);
                }
            } else {
                competency.put("title", full);
            }
            String kind = InteropJson.slug(item.path("CFItemType").isString() ? item.get("CFItemType").asString()
                    : "", 64);
            if (!kind.isEmpty() && Character.isLetter(kind.charAt(0))) {
                competency.put("kind", kind);
            }
            Link link = parentLink.get(identifier);
            if (link != null && link.destination() != null) {
                competency.put("parent", competencyOf.get(link.destination()));
            }
            JsonNode keywords = item.get("conceptKeywords");
            if (keywords != null && keywords.isArray() && !keywords.isEmpty() && tags(keywords)) {
                competency.set("tags", keywords);
            }
            ObjectNode extras = object(item, X_CADRE);
            JsonNode scale = extras.has("scale") ? extras.get("scale") : null;
            if (scale == null && derived.scaleOf().containsKey(id)) {
                competency.put("scale", derived.scaleOf().get(id));
            } else if (scale != null && scale.isString()) {
                competency.set("scale", scale);
            }
            if (extras.has("indicators")) {
                competency.set("indicators", extras.get("indicators"));
            } else if (derived.indicatorsOf().containsKey(id)) {
                competency.set("indicators", derived.indicatorsOf().get(id));
            }
            if (extras.has("tags")) {
                competency.set("tags", extras.get("tags"));
            }
            Link replaced = replacement.get(identifier);
            String status = extras.path("status").isString() ? extras.get("status").asString()
                    : replaced != null ? "retired" : "active";
            if (!"active".equals(status)) {
                competency.put("status", status);
            }
            if (replaced != null) {
                competency.put(REPLACED_BY, competencyOf.get(replaced.destination()));
            }
            ArrayNode relationNodes = NODES.arrayNode();
            for (Link relation : relations.getOrDefault(identifier, List.of())) {
                relationNodes.addObject()
                        .put("type", associations.get(relation.association()).get("associationType").asString())
                        .put("target", competencyOf.get(relation.destination()));
            }
            extras.path("relations").forEach(relationNodes::add);
            if (!relationNodes.isEmpty()) {
                competency.set("relations", relationNodes);
            }
            if (extras.has("translations")) {
                competency.set("translations", extras.get("translations"));
            }
            extras.properties().forEach(entry -> {
                if (entry.getKey().startsWith("x-")) {
                    competency.set(entry.getKey(), entry.getValue());
                }
            });
        }
        for (String field : List.of("ratingPolicy", "planPolicy", "facts", "rules", "programmes")) {
            if (cadre.has(field)) {
                framework.set(field, cadre.get(field));
            }
        }
        cadre.properties().forEach(entry -> {
            if (entry.getKey().startsWith("x-")) {
                framework.set(entry.getKey(), entry.getValue());
            }
        });

        // What an export would not give back: the differences, and what Cadre does not model.
        ObjectNode frameworkCase = NODES.objectNode();
        ObjectNode documentDiff = diff(rawDocument, CaseWriter.expectedDocument(framework,
                context), DOCUMENT_REQUIRED);
        if (!document.has(X_CADRE) && rawDocument.has("lastChangeDateTime")) {
            // Not made by Cadre: the package's date is kept, and an export gives it back.
            documentDiff.set("lastChangeDateTime", rawDocument.get("lastChangeDateTime"));
        }
        if (!documentDiff.isEmpty()) {
            frameworkCase.set("document", documentDiff);
        }
        if (root.has("CFDefinitions")) {
            frameworkCase.set("CFDefinitions", root.get("CFDefinitions"));
        }
        if (!frameworkAssociations.isEmpty()) {
            frameworkCase.set("associations", frameworkAssociations);
        }
        for (int c = 0; c < ordered.size(); c++) {
            String identifier = ordered.get(c);
            String id = competencyOf.get(identifier);
            ObjectNode competency = (ObjectNode) competencies.get(c);
            ObjectNode competencyCase = NODES.objectNode();
            ObjectNode itemDiff = diff(itemsByCompetency.get(id), CaseWriter.expectedItem(competency, context,
                    rawDocument), ITEM_REQUIRED);
            if (!itemDiff.isEmpty()) {
                competencyCase.set("item", itemDiff);
            }
            ObjectNode kept = NODES.objectNode();
            Link link = parentLink.get(identifier);
            if (link == null) {
                kept.put(IS_CHILD_OF, false);
            } else {
                keep(kept, IS_CHILD_OF, associations.get(link.association()), context, rawDocument,
                        itemsByCompetency, id, IS_CHILD_OF,
                        link.destination() == null ? null : competencyOf.get(link.destination()), rank.get(identifier));
            }
            for (Link relation : relations.getOrDefault(identifier, List.of())) {
                String type = associations.get(relation.association()).get("associationType").asString();
                String target = competencyOf.get(relation.destination());
                keep(kept, type + " " + target, associations.get(relation.association()), context, rawDocument,
                        itemsByCompetency, id, type, target, 0);
            }
            Link replaced = replacement.get(identifier);
            if (replaced != null) {
                keep(kept, REPLACED_BY, associations.get(replaced.association()), context, rawDocument,
                        itemsByCompetency, id, REPLACED_BY, competencyOf.get(replaced.destination()), 0);
            }
            if (!kept.isEmpty()) {
                competencyCase.set("associations", kept);
            }
            if (external.containsKey(identifier)) {
                competencyCase.set("external", external.get(identifier));
            }
            if (!competencyCase.isEmpty()) {
                competency.set(X_CASE, competencyCase);
            }
        }
        if (!frameworkCase.isEmpty()) {
            framework.set(X_CASE, frameworkCase);
        }
        return new Converted(framework, itemPointers, issues, base, lastChange);
    }

    private static void keep(ObjectNode kept, String key, JsonNode raw, CaseWriter.Context context,
                             ObjectNode document, Map<String, ObjectNode> items, String origin, String type,
                             String target, int sequence) {
        ObjectNode difference = diff(raw, CaseWriter.expectedAssociation(context, document, items, origin, type,
                target, sequence), CaseFormat.ASSOCIATION_REQUIRED);
        if (!difference.isEmpty()) {
            kept.set(key, difference);
        }
    }

    /** The text of a string node; empty for anything else. */
    private static String str(JsonNode node) {
        return node != null && node.isString() ? node.asString() : "";
    }

    private static boolean tags(JsonNode keywords) {
        Set<String> seen = new HashSet<>();
        for (JsonNode keyword : keywords) {
            if (!keyword.isString() || !keyword.asString().matches(Ids.TAG) || !seen.add(keyword.asString())) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return text.substring(0, text.offsetByCodePoints(0, 499)) + "…";
    }

    private Converted failed() {
        return new Converted(null, List.of(), issues, "", "");
    }

    private static Issue dangling(String pointer, String type, String end, String identifier) {
        return Issue.error(Codes.CASE_ASSOCIATION_DANGLING, pointer, "the " + end + " [" + identifier
                + "] of this " + type + " association is not an item of this package"
                + ("destination".equals(end) ? " nor its CFDocument" : ""));
    }

    private void cycles(Map<String, Link> parentLink) {
        for (List<String> cycle : InteropSupport.cycles(parentLink.keySet(), id -> parentLink.containsKey(id)
                ? parentLink.get(id).destination() : null)) {
            issues.add(Issue.error(Codes.CASE_CYCLE, Pointers.of("CFAssociations",
                    parentLink.get(cycle.get(0)).association()), "the isChildOf associations form a cycle: "
                    + InteropSupport.chain(cycle) + "; an item cannot be its own ancestor"));
        }
    }

    private List<JsonNode> array(String field) {
        JsonNode node = root.get(field);
        List<JsonNode> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            issues.add(Issue.error(Codes.CASE_INVALID, "/" + field, "\"" + field + "\" must be an array"));
            return list;
        }
        node.forEach(list::add);
        return list;
    }

    private boolean requireString(JsonNode object, String pointer, String field) {
        JsonNode value = object.get(field);
        if (value != null && value.isString()) {
            return true;
        }
        issues.add(Issue.error(Codes.CASE_INVALID, value == null ? pointer : pointer + "/" + field,
                value == null ? "the object at " + (pointer.isEmpty() ? "the top" : pointer) + " has no \"" + field
                        + "\", which CASE requires" : "\"" + field + "\" must be a string, not " + value));
        return false;
    }

    /** Dates without a time zone are read as UTC and sequence numbers in quotes as numbers, each with one warning. */
    private void normalize() {
        List<String> dates = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        normalizeDate(root.get("CFDocument"), "/CFDocument", dates);
        List<String> nulls = new ArrayList<>();
        JsonNode definitions = root.get("CFDefinitions");
        if (definitions != null && definitions.isObject()) {
            definitions.properties().forEach(list -> {
                for (int i = 0; list.getValue().isArray() && i < list.getValue().size(); i++) {
                    JsonNode node = list.getValue().get(i);
                    if (node.isObject()) {
                        String pointer = Pointers.of("CFDefinitions", list.getKey(), i);
                        normalizeDate(node, pointer, dates);
                        List<String> empty = new ArrayList<>();
                        node.properties().forEach(field -> {
                            if (field.getValue().isNull()) {
                                empty.add(field.getKey());
                            }
                        });
                        empty.forEach(field -> {
                            ((ObjectNode) node).remove(field);
                            nulls.add(pointer + "/" + field);
                        });
                    }
                }
            });
        }
        if (!nulls.isEmpty()) {
            issues.add(Issue.warning(Codes.CASE_NORMALIZED, nulls.get(0), nulls.size() + " fields of CFDefinitions"
                    + " are null (CASE wants text there); they are read as absent, the first here"));
        }
        for (String field : List.of("CFItems", "CFAssociations")) {
            JsonNode list = root.get(field);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode node = list.get(i);
                if (!node.isObject()) {
                    continue;
                }
                normalizeDate(node, Pointers.of(field, i), dates);
                JsonNode sequence = node.get("sequenceNumber");
                if (sequence != null && sequence.isString() && DIGITS.matcher(sequence.asString()).matches()) {
                    ((ObjectNode) node).put("sequenceNumber", Integer.parseInt(sequence.asString()));
                    sequences.add(Pointers.of(field, i, "sequenceNumber"));
                }
            }
        }
        if (!dates.isEmpty()) {
            issues.add(Issue.warning(Codes.CASE_NORMALIZED, dates.get(0), dates.size() + " lastChangeDateTime"
                    + " values have no time zone (CASE requires one); they are read as UTC, the first here"));
        }
        if (!sequences.isEmpty()) {
            issues.add(Issue.warning(Codes.CASE_NORMALIZED, sequences.get(0), sequences.size() + " sequenceNumber"
                    + " values are written as text (CASE requires integers); they are read as numbers, the first"
                    + " here"));
        }
    }

    private static void normalizeDate(JsonNode node, String pointer, List<String> found) {
        JsonNode value = node.get("lastChangeDateTime");
        if (value != null && value.isString() && LOCAL_DATE_TIME.matcher(value.asString()).matches()) {
            ((ObjectNode) node).put("lastChangeDateTime", value.asString() + "+00:00");
            found.add(pointer + "/lastChangeDateTime");
        }
    }
}
