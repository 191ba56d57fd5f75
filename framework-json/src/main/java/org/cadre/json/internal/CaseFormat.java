package org.cadre.json.internal;

import static org.cadre.json.internal.InteropJson.NODES;
import static org.cadre.json.internal.InteropJson.slug;
import static org.cadre.json.internal.InteropJson.unique;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the CASE import and export share: field names, the extension fields Cadre adds, the scale a package
 * without rubrics gets, and how CFRubrics become proficiency scales and indicators.
 */
final class CaseFormat {

    /** The extension field of a Cadre framework, scale or competency that keeps what CASE carries and Cadre does not model. */
    static final String X_CASE = "x-case";
    /** The extension field of a CFDocument or CFItem that keeps what Cadre models and CASE does not carry. */
    static final String X_CADRE = "x-cadre";

    static final List<String> DOCUMENT_REQUIRED = List.of("identifier", "uri", "creator", "title", "lastChangeDateTime");
    static final List<String> ITEM_REQUIRED = List.of("identifier", "fullStatement", "uri", "lastChangeDateTime");
    static final List<String> ASSOCIATION_REQUIRED = List.of("identifier", "associationType", "uri", "originNodeURI",
            "destinationNodeURI", "lastChangeDateTime");

    static final String IS_CHILD_OF = "isChildOf";
    static final String REPLACED_BY = "replacedBy";
    /** The association types of CASE 1.0 that become relations between competencies. */
    static final List<String> RELATION_TYPES = List.of("isPeerOf", "isPartOf", "exactMatchOf", "precedes",
            "isRelatedTo", "exemplar", "hasSkillLevel");

    /** The id of the scale a framework imported from a package without rubrics gets (Cadre needs one). */
    static final String PLACEHOLDER_SCALE_ID = "case-achievement";

    private CaseFormat() {
    }

    /** The scale given to a framework whose package has no rubrics, in Cadre's JSON form. */
    static ObjectNode placeholderScale() {
        ObjectNode scale = NODES.objectNode();
        scale.put("id", PLACEHOLDER_SCALE_ID);
        scale.put("title", "Achievement");
        ObjectNode level = scale.putArray("levels").addObject();
        level.put("id", "achieved");
        level.put("label", "Achieved");
        level.put("rank", 1);
        return scale;
    }

    /** Scales and per-competency indicators made from a package's CFRubrics. */
    record Derived(List<ObjectNode> scales, Map<String, String> scaleOf, Map<String, ObjectNode> indicatorsOf) {
    }

    /**
     * The proficiency scales that a package's CFRubrics describe: one per rubric, its levels those of its
     * first criterion that is not about one item (or of its first criterion), ordered by position; each
     * criterion about an item gives that item's competency the scale and its level descriptions as indicators.
     *
     * @param rubrics      the CFRubrics array
     * @param competencyOf item identifier to competency id
     */
    static Derived rubrics(JsonNode rubrics, Map<String, String> competencyOf) {
        List<ObjectNode> scales = new ArrayList<>();
        Map<String, String> scaleOf = new LinkedHashMap<>();
        Map<String, ObjectNode> indicatorsOf = new LinkedHashMap<>();
        Set<String> scaleIds = new HashSet<>();
        for (int r = 0; r < rubrics.size(); r++) {
            JsonNode rubric = rubrics.get(r);
            String title = InteropJson.string(rubric, "title").filter(text -> !text.isBlank())
                    .orElse("Rubric " + (r + 1));
            String base = slug(title, 100);
            String scaleId = unique(base.isEmpty() ? "rubric-" + (r + 1) : base, scaleIds);
            List<JsonNode> criteria = new ArrayList<>();
            rubric.path("CFRubricCriteria").forEach(criteria::add);
            JsonNode general = criteria.stream().filter(criterion -> !criterion.has("CFItemURI")).findFirst()
                    .orElse(criteria.isEmpty() ? null : criteria.get(0));
            ObjectNode scale = NODES.objectNode();
            scale.put("id", scaleId);
            scale.put("title", title);
            InteropJson.string(rubric, "description").filter(text -> !text.isBlank())
                    .ifPresent(text -> scale.put("description", text));
            ArrayNode levels = scale.putArray("levels");
            List<String> levelIds = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            List<JsonNode> generalLevels = general == null ? List.of() : byPosition(general);
            for (int l = 0; l < generalLevels.size(); l++) {
                JsonNode level = generalLevels.get(l);
                String label = InteropJson.string(level, "quality").filter(text -> !text.isBlank())
                        .orElse("Level " + (l + 1));
                String levelBase = slug(label, 100);
                String levelId = unique(levelBase.isEmpty() ? "level-" + (l + 1) : levelBase, taken);
                levelIds.add(levelId);
                ObjectNode node = levels.addObject();
                node.put("id", levelId);
                node.put("label", label);
                node.put("rank", l + 1);
                InteropJson.string(level, "description").filter(text -> !text.isBlank() && !general.has("CFItemURI"))
                        .ifPresent(text -> node.put("description", text));
            }
            if (levelIds.isEmpty()) {
                continue; // a rubric without levels describes no scale
            }
            scales.add(scale);
            for (JsonNode criterion : criteria) {
                JsonNode itemNode = criterion.path("CFItemURI").path("identifier");
                String item = itemNode.isString() ? itemNode.asString() : "";
                String competency = competencyOf.get(item);
                if (competency == null || scaleOf.containsKey(competency)) {
                    continue;
                }
                scaleOf.put(competency, scaleId);
                ObjectNode indicators = NODES.objectNode();
                List<JsonNode> itemLevels = byPosition(criterion);
                for (int l = 0; l < itemLevels.size() && l < levelIds.size(); l++) {
                    String text = InteropJson.string(itemLevels.get(l), "description").orElse("");
                    if (!text.isBlank()) {
                        ArrayNode statements = indicators.putArray(levelIds.get(l));
                        for (String line : text.split("\n")) {
                            if (!line.isBlank()) {
                                statements.add(line);
                            }
                        }
                    }
                }
                if (!indicators.isEmpty()) {
                    indicatorsOf.put(competency, indicators);
                }
            }
        }
        return new Derived(scales, scaleOf, indicatorsOf);
    }

    private static List<JsonNode> byPosition(JsonNode criterion) {
        List<JsonNode> levels = new ArrayList<>();
        criterion.path("CFRubricCriterionLevels").forEach(levels::add);
        levels.sort(Comparator.comparingInt(level -> level.path("position").asInt(Integer.MAX_VALUE)));
        return levels;
    }
}
