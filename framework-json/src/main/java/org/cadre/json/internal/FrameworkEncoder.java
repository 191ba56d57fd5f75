package org.cadre.json.internal;

import java.util.List;
import java.util.Map;
import org.cadre.json.DocumentKind;
import org.cadre.json.Limits;
import org.cadre.model.Competency;
import org.cadre.model.CompetencyStatus;
import org.cadre.model.Extensions;
import org.cadre.model.FactDefinition;
import org.cadre.model.Framework;
import org.cadre.model.ActivityType;
import org.cadre.model.LearningCategory;
import org.cadre.model.Level;
import org.cadre.model.PlanPolicy;
import org.cadre.model.PlanStatus;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Translation;
import org.cadre.report.CadreException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a framework into its canonical document tree: fields in the order of the format documentation,
 * absent and empty optional parts left out, {@code x-} fields last in each object.
 */
public final class FrameworkEncoder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonText EXTENSION_PARSER = new JsonText(Limits.defaults()
            .withMaxDocumentBytes(Integer.MAX_VALUE - 16).withMaxStringLength(Integer.MAX_VALUE)
            .withMaxArrayLength(Integer.MAX_VALUE).withMaxNumberLength(Integer.MAX_VALUE).withMaxDepth(10_000));

    private FrameworkEncoder() {
    }

    /** The document tree of a framework. */
    public static ObjectNode encode(Framework framework) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DocumentKind.FRAMEWORK.schemaId());
        root.put("kind", DocumentKind.FRAMEWORK.jsonName());
        root.put("formatVersion", DocumentKind.FORMAT_VERSION);
        root.put("id", framework.id());
        root.put("version", framework.version());
        root.put("title", framework.title());
        framework.description().ifPresent(value -> root.put("description", value));
        root.put("language", framework.language());
        framework.license().ifPresent(value -> root.put("license", value));
        strings(root, "authors", framework.authors());
        framework.source().ifPresent(source -> {
            ObjectNode node = root.putObject("source");
            source.publisher().ifPresent(value -> node.put("publisher", value));
            source.title().ifPresent(value -> node.put("title", value));
            source.url().ifPresent(value -> node.put("url", value));
            source.year().ifPresent(value -> node.put("year", value));
            extensions(node, source.extensions());
        });
        translations(root, framework.translations(), "title");
        ArrayNode scales = root.putArray("scales");
        for (ProficiencyScale scale : framework.scales()) {
            ObjectNode node = scales.addObject();
            node.put("id", scale.id());
            node.put("title", scale.title());
            scale.description().ifPresent(value -> node.put("description", value));
            ArrayNode levels = node.putArray("levels");
            for (Level level : scale.levels()) {
                ObjectNode levelNode = levels.addObject();
                levelNode.put("id", level.id());
                levelNode.put("label", level.label());
                levelNode.put("rank", level.rank());
                level.description().ifPresent(value -> levelNode.put("description", value));
                translations(levelNode, level.translations(), "label");
                extensions(levelNode, level.extensions());
            }
            translations(node, scale.translations(), "title");
            extensions(node, scale.extensions());
        }
        ArrayNode competencies = root.putArray("competencies");
        for (Competency competency : framework.competencies()) {
            ObjectNode node = competencies.addObject();
            node.put("id", competency.id());
            node.put("title", competency.title());
            competency.description().ifPresent(value -> node.put("description", value));
            competency.kind().ifPresent(value -> node.put("kind", value));
            competency.parent().ifPresent(value -> node.put("parent", value));
            competency.scale().ifPresent(value -> node.put("scale", value));
            statements(node, "indicators", competency.indicators());
            strings(node, "tags", competency.tags());
            if (competency.status() != CompetencyStatus.ACTIVE) {
                node.put("status", competency.status().jsonName());
            }
            competency.replacedBy().ifPresent(value -> node.put("replacedBy", value));
            if (!competency.relations().isEmpty()) {
                ArrayNode relations = node.putArray("relations");
                competency.relations().forEach(relation -> relations.addObject().put("type", relation.type())
                        .put("target", relation.target()));
            }
            translations(node, competency.translations(), "title");
            extensions(node, competency.extensions());
        }
        framework.declaredRatingPolicy().ifPresent(policy -> ratingPolicy(root.putObject("ratingPolicy"), policy));
        framework.planPolicy().ifPresent(policy -> planPolicy(root.putObject("planPolicy"), policy));
        if (!framework.facts().isEmpty()) {
            ObjectNode facts = root.putObject("facts");
            for (FactDefinition fact : framework.facts()) {
                if (!facts.has(fact.name())) { // a second definition of a name is reported, and not written
                    fact(facts.putObject(fact.name()), fact);
                }
            }
        }
        if (!framework.rules().isEmpty()) {
            ObjectNode rules = root.putObject("rules");
            framework.rules().forEach((name, rule) -> rules.set(name, RuleCodec.encode(rule)));
        }
        if (!framework.programmes().isEmpty()) {
            ArrayNode programmes = root.putArray("programmes");
            for (Programme programme : framework.programmes()) {
                ObjectNode node = programmes.addObject();
                node.put("id", programme.id());
                node.put("title", programme.title());
                programme.description().ifPresent(value -> node.put("description", value));
                programme.audience().ifPresent(value -> node.put("audience", value));
                programme.duration().ifPresent(duration -> {
                    ObjectNode durationNode = node.putObject("duration");
                    durationNode.put("value", duration.value());
                    durationNode.put("unit", duration.unit().jsonName());
                });
                if (!programme.targetProfile().isEmpty()) {
                    ObjectNode profile = node.putObject("targetProfile");
                    programme.targetProfile().forEach(profile::put);
                }
                strings(node, "leadsTo", programme.leadsTo());
                programme.entry().ifPresent(rule -> node.set("entry", RuleCodec.encode(rule)));
                programme.completion().ifPresent(rule -> node.set("completion", RuleCodec.encode(rule)));
                ProgrammeCodec.encode(node, programme);
                translations(node, programme.translations(), "title");
                extensions(node, programme.extensions());
            }
        }
        extensions(root, framework.extensions());
        return root;
    }

    /** Sources in their documented order, so that equal policies give equal text. */
    private static void ratingPolicy(ObjectNode node, RatingPolicy policy) {
        ObjectNode sources = node.putObject("sources");
        for (RaterSource source : RaterSource.values()) {
            RatingPolicy.SourcePolicy sourcePolicy = policy.sources().get(source);
            if (sourcePolicy != null) {
                sources.putObject(source.jsonName()).put("minRaters", sourcePolicy.minRaters());
            }
        }
        node.put("aggregation", policy.aggregation().jsonName());
        policy.validityMonths().ifPresent(months -> node.put("validityMonths", months));
    }

    /**
     * Approvals in status order and the mix in category order, so that equal policies give equal text;
     * defaults (no tolerance, an activity for every goal) left out.
     */
    private static void planPolicy(ObjectNode node, PlanPolicy policy) {
        if (!policy.approvals().isEmpty()) {
            ObjectNode approvals = node.putObject("approvals");
            for (PlanStatus status : PlanStatus.values()) {
                List<String> roles = policy.approvals().get(status);
                if (roles != null) {
                    ArrayNode list = approvals.putArray(status.jsonName());
                    roles.forEach(list::add);
                }
            }
        }
        policy.maxHoursPerWeek().ifPresent(hours -> node.put("maxHoursPerWeek", hours));
        policy.minWeeks().ifPresent(weeks -> node.put("minWeeks", weeks));
        policy.maxWeeks().ifPresent(weeks -> node.put("maxWeeks", weeks));
        if (!policy.mix().isEmpty()) {
            ObjectNode mix = node.putObject("mix");
            for (LearningCategory category : LearningCategory.values()) {
                Integer percent = policy.mix().get(category);
                if (percent != null) {
                    mix.put(category.jsonName(), percent);
                }
            }
        }
        if (policy.mixTolerance() != 0) {
            node.put("mixTolerance", policy.mixTolerance());
        }
        policy.reviewEveryWeeks().ifPresent(weeks -> node.put("reviewEveryWeeks", weeks));
        if (!policy.activityPerGoal()) {
            node.put("activityPerGoal", false);
        }
        if (!policy.activityTypes().isEmpty()) {
            ObjectNode types = node.putObject("activityTypes");
            for (ActivityType type : policy.activityTypes()) {
                types.put(type.id(), type.category().jsonName());
            }
        }
    }

    private static void fact(ObjectNode node, FactDefinition fact) {
        node.put("type", fact.type().jsonName());
        fact.unit().ifPresent(unit -> node.put("unit", unit));
        fact.description().ifPresent(description -> node.put("description", description));
        strings(node, "values", fact.values());
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static void statements(ObjectNode node, String field, Map<String, List<String>> values) {
        if (!values.isEmpty()) {
            ObjectNode object = node.putObject(field);
            values.forEach((key, list) -> {
                ArrayNode array = object.putArray(key);
                list.forEach(array::add);
            });
        }
    }

    private static void translations(ObjectNode node, Map<String, Translation> translations, String titleField) {
        if (translations.isEmpty()) {
            return;
        }
        ObjectNode object = node.putObject("translations");
        translations.forEach((language, translation) -> {
            ObjectNode entry = object.putObject(language);
            translation.title().ifPresent(value -> entry.put(titleField, value));
            translation.description().ifPresent(value -> entry.put("description", value));
            statements(entry, "indicators", translation.indicators());
        });
    }

    static void extensions(ObjectNode node, Extensions extensions) {
        extensions.asMap().forEach((name, json) -> node.set(name, parseExtension(name, json)));
    }

    private static JsonNode parseExtension(String name, String json) {
        JsonText.Parsed parsed = EXTENSION_PARSER.parse(json);
        if (parsed.root().isEmpty() || !parsed.issues().isEmpty()) {
            throw new CadreException("extension field [" + name + "] does not hold valid JSON text: "
                    + parsed.issues());
        }
        return parsed.root().get();
    }
}
