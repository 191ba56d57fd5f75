package org.cadre.json.internal;

import static org.cadre.json.internal.CaseFormat.IS_CHILD_OF;
import static org.cadre.json.internal.CaseFormat.RELATION_TYPES;
import static org.cadre.json.internal.CaseFormat.REPLACED_BY;
import static org.cadre.json.internal.CaseFormat.X_CADRE;
import static org.cadre.json.internal.CaseFormat.X_CASE;
import static org.cadre.json.internal.InteropJson.NODES;
import static org.cadre.json.internal.InteropJson.object;
import static org.cadre.json.internal.InteropJson.overlay;
import static org.cadre.json.internal.InteropJson.uuid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.cadre.model.Competency;
import org.cadre.model.Framework;
import org.cadre.model.Level;
import org.cadre.model.ProficiencyScale;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a framework as a 1EdTech CASE 1.0 CFPackage. Identifiers are name-based UUIDs of the framework's
 * and competencies' ids, URIs are built from a base URI. What a framework imported from CASE kept under
 * {@code x-case} is given back; what CASE has no place for is written under {@code x-cadre} fields (which
 * CASE allows on documents and items) and listed in warnings.
 */
public final class CaseWriter {

    /** The package and the warnings about what CASE cannot carry. */
    public record Written(ObjectNode pkg, List<Issue> warnings) {
    }

    /** What every expected object of one export is derived from. */
    record Context(String frameworkId, String base, String lastChange) {
    }

    private final Framework framework;
    private final ObjectNode encoded;
    private Context context;
    private final ObjectNode frameworkCase;
    private final Map<String, ObjectNode> items = new LinkedHashMap<>();
    private final Map<String, ObjectNode> competencyCase = new HashMap<>();
    private ObjectNode document;

    private CaseWriter(Framework framework, String base, String lastChange) {
        this.framework = framework;
        this.encoded = FrameworkEncoder.encode(framework);
        this.context = new Context(framework.id(), base, lastChange);
        this.frameworkCase = object(encoded, X_CASE);
    }

    /**
     * The package of a framework.
     *
     * @param base       the base URI, without a final slash
     * @param lastChange the {@code lastChangeDateTime} of everything the export derives
     */
    public static Written write(Framework framework, String base, String lastChange) {
        return new CaseWriter(framework, base, lastChange).run();
    }

    private Written run() {
        List<Issue> warnings = new ArrayList<>();
        document = overlay(expectedDocument(encoded, context), frameworkCase.get("document"));
        // Everything else changed when the document did (an imported framework keeps its package's date).
        context = new Context(context.frameworkId(), context.base(), document.path("lastChangeDateTime")
                .asString(context.lastChange()));
        for (JsonNode competency : encoded.path("competencies")) {
            String id = competency.get("id").asString();
            ObjectNode xcase = object(competency, X_CASE);
            competencyCase.put(id, xcase);
            items.put(id, overlay(expectedItem(competency, context, document), xcase.get("item")));
        }
        ObjectNode pkg = NODES.objectNode();
        ObjectNode documentOut = document.deepCopy();
        ObjectNode notCarried = notCarried(warnings);
        if (!notCarried.isEmpty()) {
            documentOut.set(X_CADRE, notCarried);
        }
        pkg.set("CFDocument", documentOut);
        ArrayNode itemsOut = pkg.putArray("CFItems");
        ArrayNode associations = pkg.putArray("CFAssociations");
        Optional<CaseFormat.Derived> fromRubrics = rubricScales();
        TreeSet<String> itemFields = new TreeSet<>();
        int itemsWithExtras = 0;
        for (JsonNode competency : encoded.path("competencies")) {
            String id = competency.get("id").asString();
            ObjectNode item = items.get(id).deepCopy();
            ObjectNode extras = itemExtras(competency, fromRubrics);
            if (!extras.isEmpty()) {
                item.set(X_CADRE, extras);
                extras.propertyNames().forEach(itemFields::add);
                itemsWithExtras++;
            }
            itemsOut.add(item);
            associationsOf(competency, associations);
        }
        for (JsonNode raw : frameworkCase.path("associations")) {
            associations.add(raw);
        }
        if (frameworkCase.has("CFDefinitions")) {
            if (!frameworkCase.get("CFDefinitions").isNull()) {
                pkg.set("CFDefinitions", frameworkCase.get("CFDefinitions"));
            }
        }
        if (frameworkCase.has("CFRubrics")) {
            if (!frameworkCase.get("CFRubrics").isNull()) {
                pkg.set("CFRubrics", frameworkCase.get("CFRubrics"));
            }
        } else if (!placeholderOnly()) {
            pkg.set("CFRubrics", rubrics());
        }
        if (itemsWithExtras > 0) {
            warnings.add(Issue.warning(Codes.CASE_NOT_CARRIED, "/competencies", itemsWithExtras
                    + " competencies have fields CASE has no place for " + itemFields
                    + "; they are kept in the x-cadre field of their CFItems, which other CASE systems ignore"));
        }
        return new Written(pkg, warnings);
    }

    /** The framework's fields that CASE cannot carry, in Cadre's JSON form, and a warning naming them. */
    private ObjectNode notCarried(List<Issue> warnings) {
        ObjectNode rest = encoded.deepCopy();
        for (String carried : List.of("$schema", "kind", "formatVersion", "title", "description", "language",
                "version", "competencies", X_CASE)) {
            rest.remove(carried);
        }
        if (frameworkCase.has("document") && framework.id().equals(document.path("identifier").asString())) {
            rest.remove("id"); // a framework made by an import: the identifier gives the id back
        }
        if (framework.authors().size() <= 1) {
            rest.remove("authors");
        }
        JsonNode source = rest.get("source");
        if (source != null) {
            ObjectNode left = ((ObjectNode) source).deepCopy();
            left.remove("publisher");
            left.remove("url");
            if (left.isEmpty() && (source.has("publisher") || source.has("url"))) {
                rest.remove("source");
            } else {
                rest.set("source", left);
            }
        }
        if (placeholderOnly() || rubricScales().map(derived -> scalesEqual(derived.scales())).orElse(false)) {
            rest.remove("scales");
        }
        List<String> names = new ArrayList<>(rest.propertyNames());
        names.remove("id");
        if (!names.isEmpty()) {
            warnings.add(Issue.warning(Codes.CASE_NOT_CARRIED, "", "CASE has no place for the framework's "
                    + names + "; they are kept in the x-cadre field of the CFDocument, which other CASE systems"
                    + " ignore"));
        }
        return rest;
    }

    private boolean scalesEqual(List<ObjectNode> derived) {
        JsonNode scales = encoded.path("scales");
        if (scales.size() != derived.size()) {
            return false;
        }
        for (int i = 0; i < derived.size(); i++) {
            if (!scales.get(i).equals(derived.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the framework's only scale is the one an import of a package without rubrics adds. */
    private boolean placeholderOnly() {
        JsonNode scales = encoded.path("scales");
        return scales.size() == 1 && scales.get(0).equals(CaseFormat.placeholderScale());
    }

    /** The scales an import would make of the rubrics the framework kept, when it kept some. */
    private Optional<CaseFormat.Derived> rubricScales() {
        JsonNode rubrics = frameworkCase.get("CFRubrics");
        if (rubrics == null || !rubrics.isArray()) {
            return Optional.empty();
        }
        Map<String, String> competencyOf = new HashMap<>();
        items.forEach((id, item) -> competencyOf.put(item.path("identifier").asString(), id));
        return Optional.of(CaseFormat.rubrics(rubrics, competencyOf));
    }

    /** A competency's fields that CASE cannot carry (nor the kept rubrics give back), in Cadre's JSON form. */
    private ObjectNode itemExtras(JsonNode competency, Optional<CaseFormat.Derived> fromRubrics) {
        String id = competency.get("id").asString();
        ObjectNode extras = NODES.objectNode();
        boolean scaleFromRubric = fromRubrics.isPresent()
                && competency.path("scale").asString("").equals(fromRubrics.get().scaleOf().getOrDefault(id, ""));
        boolean indicatorsFromRubric = fromRubrics.isPresent() && competency.path("indicators")
                .equals(fromRubrics.get().indicatorsOf().getOrDefault(id, NODES.objectNode()))
                || fromRubrics.isPresent() && !competency.has("indicators")
                && !fromRubrics.get().indicatorsOf().containsKey(id);
        if (competency.has("scale") && !scaleFromRubric) {
            extras.set("scale", competency.get("scale"));
        }
        if (!competency.has("scale") && fromRubrics.isPresent() && fromRubrics.get().scaleOf().containsKey(id)) {
            extras.putNull("scale");
        }
        if (competency.has("indicators") && !indicatorsFromRubric) {
            extras.set("indicators", competency.get("indicators"));
        }
        boolean retired = "retired".equals(competency.path("status").asString("active"));
        if (retired != competency.has(REPLACED_BY)) {
            extras.put("status", retired ? "retired" : "active");
        }
        ArrayNode ownTypes = NODES.arrayNode();
        for (JsonNode relation : competency.path("relations")) {
            if (!RELATION_TYPES.contains(relation.get("type").asString())) {
                ownTypes.add(relation);
            }
        }
        if (!ownTypes.isEmpty()) {
            extras.set("relations", ownTypes);
        }
        if (competency.has("tags") && !tagsCarried(competency)) {
            extras.set("tags", competency.get("tags"));
        }
        if (competency.has("translations")) {
            extras.set("translations", competency.get("translations"));
        }
        competency.properties().forEach(entry -> {
            if (entry.getKey().startsWith("x-") && !entry.getKey().equals(X_CASE)) {
                extras.set(entry.getKey(), entry.getValue());
            }
        });
        return extras;
    }

    private boolean tagsCarried(JsonNode competency) {
        return competency.get("tags").equals(items.get(competency.get("id").asString()).get("conceptKeywords"));
    }

    /** The associations whose origin is this competency: its place in the tree, relations, replacement, kept ones. */
    private void associationsOf(JsonNode competency, ArrayNode out) {
        String id = competency.get("id").asString();
        ObjectNode kept = object(competencyCase.get(id), "associations");
        String parent = competency.path("parent").asString(null);
        int sequence = sequence(id, parent);
        JsonNode tree = kept.get(IS_CHILD_OF);
        if (tree == null || !tree.isBoolean()) { // false: the package placed this item nowhere
            out.add(overlay(expectedAssociation(id, IS_CHILD_OF, parent, sequence), tree));
        }
        for (JsonNode relation : competency.path("relations")) {
            String type = relation.get("type").asString();
            if (RELATION_TYPES.contains(type)) {
                String target = relation.get("target").asString();
                out.add(overlay(expectedAssociation(id, type, target, 0), kept.get(type + " " + target)));
            }
        }
        String replacement = competency.path(REPLACED_BY).asString(null);
        if (replacement != null) {
            out.add(overlay(expectedAssociation(id, REPLACED_BY, replacement, 0), kept.get(REPLACED_BY)));
        }
        for (JsonNode raw : competencyCase.get(id).path("external")) {
            out.add(raw);
        }
    }

    /** The 1-based place of a competency among its siblings (roots are siblings under the document). */
    private int sequence(String id, String parent) {
        List<Competency> siblings = parent == null || framework.competency(parent).isEmpty()
                ? framework.roots() : framework.children(parent);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 1;
    }

    ObjectNode expectedAssociation(String origin, String type, String target, int sequence) {
        return expectedAssociation(context, document, items, origin, type, target, sequence);
    }

    /**
     * The association an export writes from {@code origin} to {@code target} (the document when null).
     *
     * @param sequence the sequence number, written for {@code isChildOf} only
     */
    static ObjectNode expectedAssociation(Context context, ObjectNode document, Map<String, ObjectNode> items,
                                          String origin, String type, String target, int sequence) {
        String identifier = uuid("association " + context.frameworkId() + " " + origin + " " + type + " "
                + (target == null ? "" : target));
        ObjectNode node = NODES.objectNode();
        node.put("identifier", identifier);
        node.put("uri", context.base() + "/CFAssociations/" + identifier);
        node.set("CFDocumentURI", link(document));
        node.put("associationType", type);
        if (IS_CHILD_OF.equals(type)) {
            node.put("sequenceNumber", sequence);
        }
        node.set("originNodeURI", link(items.get(origin)));
        node.set("destinationNodeURI", link(target == null ? document : items.get(target)));
        node.put("lastChangeDateTime", context.lastChange());
        return node;
    }

    /** A link (title, identifier, uri) to a document or an item; the title of an item is its coding scheme. */
    static ObjectNode link(ObjectNode target) {
        ObjectNode link = NODES.objectNode();
        if (target == null) {
            return link;
        }
        String title = target.has("title") ? target.path("title").asString("")
                : target.path("humanCodingScheme").asString(target.path("fullStatement").asString(""));
        link.put("title", title);
        link.put("identifier", target.path("identifier").asString(""));
        link.put("uri", target.path("uri").asString(""));
        return link;
    }

    /** The CFDocument an export writes for a framework (in Cadre's JSON form), before the kept differences. */
    static ObjectNode expectedDocument(JsonNode framework, Context context) {
        String identifier = uuid("framework " + context.frameworkId());
        ObjectNode node = NODES.objectNode();
        node.put("identifier", identifier);
        node.put("uri", context.base() + "/CFDocuments/" + identifier);
        List<String> authors = JsonFields.strings(framework.get("authors"));
        node.put("creator", String.join(", ", authors));
        node.put("title", framework.get("title").asString());
        node.put("lastChangeDateTime", context.lastChange());
        InteropJson.string(framework, "description").ifPresent(text -> node.put("description", text));
        node.put("language", framework.path("language").asString("en"));
        node.put("version", framework.get("version").asString());
        JsonNode source = framework.path("source");
        InteropJson.string(source, "publisher").ifPresent(text -> node.put("publisher", text));
        InteropJson.string(source, "url").ifPresent(text -> node.put("officialSourceURL", text));
        ObjectNode packageUri = node.putObject("CFPackageURI");
        packageUri.put("title", framework.get("title").asString());
        packageUri.put("identifier", identifier);
        packageUri.put("uri", context.base() + "/CFPackages/" + identifier);
        return node;
    }

    /** The CFItem an export writes for a competency (in Cadre's JSON form), before the kept differences. */
    static ObjectNode expectedItem(JsonNode competency, Context context, ObjectNode document) {
        String id = competency.get("id").asString();
        String identifier = uuid("competency " + context.frameworkId() + " " + id);
        ObjectNode node = NODES.objectNode();
        node.put("identifier", identifier);
        node.put("uri", context.base() + "/CFItems/" + identifier);
        node.set("CFDocumentURI", link(document));
        Optional<String> description = InteropJson.string(competency, "description");
        node.put("fullStatement", description.orElse(competency.get("title").asString()));
        if (description.isPresent()) {
            node.put("abbreviatedStatement", competency.get("title").asString());
        }
        node.put("humanCodingScheme", id);
        InteropJson.string(competency, "kind").ifPresent(kind -> node.put("CFItemType", kind));
        if (competency.has("tags")) {
            node.set("conceptKeywords", competency.get("tags"));
        }
        node.put("lastChangeDateTime", context.lastChange());
        return node;
    }

    /** One CFRubric per scale: a criterion with the scale's levels, and one per competency with indicators on it. */
    private ArrayNode rubrics() {
        ArrayNode rubrics = NODES.arrayNode();
        for (ProficiencyScale scale : framework.scales()) {
            String identifier = uuid("rubric " + context.frameworkId() + " " + scale.id());
            ObjectNode rubric = rubrics.addObject();
            rubric.put("identifier", identifier);
            rubric.put("uri", context.base() + "/CFRubrics/" + identifier);
            rubric.put("title", scale.title());
            scale.description().ifPresent(text -> rubric.put("description", text));
            rubric.put("lastChangeDateTime", context.lastChange());
            ArrayNode criteria = rubric.putArray("CFRubricCriteria");
            ObjectNode general = criterion(criteria, identifier, scale.id(), null, 0);
            general.put("description", "The levels of " + scale.title());
            ArrayNode levels = general.putArray("CFRubricCriterionLevels");
            List<Level> ranked = scale.levelsByRank();
            for (int l = 0; l < ranked.size(); l++) {
                Level level = ranked.get(l);
                ObjectNode node = level(levels, general.get("identifier").asString(), scale.id() + " " + level.id(),
                        l + 1, level);
                level.description().ifPresent(text -> node.put("description", text));
            }
            int position = 1;
            for (Competency competency : framework.competencies()) {
                if (competency.indicators().isEmpty() || !framework.effectiveScale(competency.id())
                        .map(ProficiencyScale::id).orElse("").equals(scale.id())) {
                    continue;
                }
                ObjectNode criterion = criterion(criteria, identifier, scale.id(), competency.id(), position++);
                criterion.set("CFItemURI", link(items.get(competency.id())));
                ArrayNode itemLevels = criterion.putArray("CFRubricCriterionLevels");
                for (int l = 0; l < ranked.size(); l++) {
                    Level level = ranked.get(l);
                    List<String> statements = competency.indicators(level.id());
                    if (!statements.isEmpty()) {
                        ObjectNode node = level(itemLevels, criterion.get("identifier").asString(),
                                scale.id() + " " + competency.id() + " " + level.id(), l + 1, level);
                        node.put("description", String.join("\n", statements));
                    }
                }
            }
        }
        return rubrics;
    }

    private ObjectNode criterion(ArrayNode criteria, String rubric, String scaleId, String competencyId, int position) {
        String identifier = uuid("criterion " + context.frameworkId() + " " + scaleId + " "
                + (competencyId == null ? "" : competencyId));
        ObjectNode criterion = criteria.addObject();
        criterion.put("identifier", identifier);
        criterion.put("uri", context.base() + "/CFRubricCriteria/" + identifier);
        criterion.put("position", position);
        criterion.put("rubricId", rubric);
        criterion.put("lastChangeDateTime", context.lastChange());
        return criterion;
    }

    private ObjectNode level(ArrayNode levels, String criterion, String name, int position, Level level) {
        String identifier = uuid("level " + context.frameworkId() + " " + name);
        ObjectNode node = levels.addObject();
        node.put("identifier", identifier);
        node.put("uri", context.base() + "/CFRubricCriterionLevels/" + identifier);
        node.put("quality", level.label());
        node.put("score", level.rank());
        node.put("position", position);
        node.put("rubricCriterionId", criterion);
        node.put("lastChangeDateTime", context.lastChange());
        return node;
    }
}
