package org.cadre.json.internal;

import static org.cadre.json.internal.JsonFields.elements;
import static org.cadre.json.internal.JsonFields.optional;
import static org.cadre.json.internal.JsonFields.strings;
import static org.cadre.json.internal.JsonFields.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.cadre.model.ProgrammeDuration;
import org.cadre.model.RaterSource;
import org.cadre.model.RatingPolicy;
import org.cadre.model.Relation;
import org.cadre.model.Rule;
import org.cadre.model.Source;
import org.cadre.model.Translation;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import tools.jackson.databind.JsonNode;

/**
 * Maps a framework document that passed its JSON Schema onto the core model. The schema has already
 * checked every type and required field, so binding cannot fail on a valid tree.
 */
public final class FrameworkBinder {

    private FrameworkBinder() {
    }

    /** The framework in a schema-valid document tree. */
    public static Framework bind(JsonNode root) {
        Framework.Builder builder = Framework.builder(text(root, "id"), text(root, "version"), text(root, "title"))
                .description(optional(root, "description"))
                .license(optional(root, "license"))
                .authors(strings(root.get("authors")))
                .translations(translations(root.get("translations")))
                .extensions(extensions(root));
        Optional.ofNullable(optional(root, "language")).ifPresent(builder::language);
        JsonNode source = root.get("source");
        if (source != null) {
            JsonNode year = source.get("year");
            builder.source(new Source(Optional.ofNullable(optional(source, "publisher")),
                    Optional.ofNullable(optional(source, "title")), Optional.ofNullable(optional(source, "url")),
                    year == null ? Optional.empty() : Optional.of(year.intValue()), extensions(source)));
        }
        for (JsonNode scale : elements(root.get("scales"))) {
            ProficiencyScale.Builder scaleBuilder = ProficiencyScale.builder(text(scale, "id"), text(scale, "title"))
                    .description(optional(scale, "description"))
                    .translations(translations(scale.get("translations")))
                    .extensions(extensions(scale));
            for (JsonNode level : elements(scale.get("levels"))) {
                scaleBuilder.level(new Level(text(level, "id"), text(level, "label"), level.get("rank").intValue(),
                        Optional.ofNullable(optional(level, "description")), levelTranslations(level.get("translations")),
                        extensions(level)));
            }
            builder.scale(scaleBuilder.build());
        }
        for (JsonNode node : elements(root.get("competencies"))) {
            Competency.Builder competency = Competency.builder(text(node, "id"), text(node, "title"))
                    .description(optional(node, "description"))
                    .kind(optional(node, "kind"))
                    .parent(optional(node, "parent"))
                    .scale(optional(node, "scale"))
                    .indicators(statements(node.get("indicators")))
                    .tags(strings(node.get("tags")))
                    .replacedBy(optional(node, "replacedBy"))
                    .relations(relations(node.get("relations")))
                    .translations(translations(node.get("translations")))
                    .extensions(extensions(node));
            Optional.ofNullable(optional(node, "status")).map(CompetencyStatus::fromJsonName)
                    .ifPresent(competency::status);
            builder.competency(competency.build());
        }
        JsonNode policy = root.get("ratingPolicy");
        if (policy != null) {
            builder.ratingPolicy(ratingPolicy(policy));
        }
        JsonNode planPolicy = root.get("planPolicy");
        if (planPolicy != null) {
            builder.planPolicy(planPolicy(planPolicy));
        }
        JsonNode facts = root.get("facts");
        if (facts != null) {
            facts.properties().forEach(entry -> builder.fact(fact(entry.getKey(), entry.getValue())));
        }
        JsonNode rules = root.get("rules");
        if (rules != null) {
            Map<String, Rule> named = new LinkedHashMap<>();
            rules.properties().forEach(entry -> named.put(entry.getKey(), RuleCodec.bind(entry.getValue())));
            builder.rules(named);
        }
        for (JsonNode node : elements(root.get("programmes"))) {
            Programme.Builder programme = Programme.builder(text(node, "id"), text(node, "title"))
                    .description(optional(node, "description"))
                    .audience(optional(node, "audience"))
                    .targetProfile(stringMap(node.get("targetProfile")))
                    .leadsTo(strings(node.get("leadsTo")))
                    .translations(translations(node.get("translations")))
                    .extensions(extensions(node));
            JsonNode duration = node.get("duration");
            if (duration != null) {
                programme.duration(new ProgrammeDuration(duration.get("value").intValue(),
                        ProgrammeDuration.Unit.fromJsonName(text(duration, "unit"))));
            }
            JsonNode entry = node.get("entry");
            if (entry != null) {
                programme.entry(RuleCodec.bind(entry));
            }
            JsonNode completion = node.get("completion");
            if (completion != null) {
                programme.completion(RuleCodec.bind(completion));
            }
            ProgrammeCodec.bind(node, programme);
            builder.programme(programme.build());
        }
        return builder.build();
    }

    /** A rating policy: sources in document order; median when no aggregation is given; no expiry when no validity. */
    private static RatingPolicy ratingPolicy(JsonNode node) {
        Map<RaterSource, RatingPolicy.SourcePolicy> sources = new LinkedHashMap<>();
        node.get("sources").properties().forEach(entry -> sources.put(
                RaterSource.fromJsonName(entry.getKey()).orElseThrow(),
                new RatingPolicy.SourcePolicy(entry.getValue().get("minRaters").intValue())));
        RatingPolicy.Aggregation aggregation = Optional.ofNullable(optional(node, "aggregation"))
                .map(name -> RatingPolicy.Aggregation.fromJsonName(name).orElseThrow())
                .orElse(RatingPolicy.Aggregation.MEDIAN);
        JsonNode validity = node.get("validityMonths");
        return new RatingPolicy(sources, aggregation,
                validity == null ? Optional.empty() : Optional.of(validity.intValue()));
    }

    /**
     * The problems of a schema-valid framework document's plan policy that its schema cannot express: a
     * learning mix that does not add up to 100 percent. Binding needs none of them.
     */
    public static List<Issue> planPolicyIssues(JsonNode root) {
        JsonNode policy = root.get("planPolicy");
        JsonNode mix = policy == null ? null : policy.get("mix");
        if (mix == null || mix.isEmpty()) {
            return List.of();
        }
        int total = 0;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : mix.properties()) {
            total += entry.getValue().intValue();
            parts.add(entry.getKey() + " " + entry.getValue().intValue());
        }
        if (total == 100) {
            return List.of();
        }
        return List.of(Issue.error(Codes.MODEL_CONSTRAINT, "/planPolicy/mix", "the learning mix ("
                + String.join(", ", parts) + ") adds up to " + total + " percent; it must add up to 100"));
    }

    /**
     * A plan policy: approvals and activity types in document order; no tolerance when none is given; an
     * activity for every goal unless {@code activityPerGoal} is false. The mix must add up to 100 (see
     * {@link #planPolicyIssues(JsonNode)}).
     */
    private static PlanPolicy planPolicy(JsonNode node) {
        Map<PlanStatus, List<String>> approvals = new LinkedHashMap<>();
        JsonNode approvalsNode = node.get("approvals");
        if (approvalsNode != null) {
            approvalsNode.properties().forEach(entry -> approvals.put(
                    PlanStatus.fromJsonName(entry.getKey()).orElseThrow(), strings(entry.getValue())));
        }
        Map<LearningCategory, Integer> mix = new LinkedHashMap<>();
        JsonNode mixNode = node.get("mix");
        if (mixNode != null) {
            mixNode.properties().forEach(entry -> mix.put(
                    LearningCategory.fromJsonName(entry.getKey()).orElseThrow(), entry.getValue().intValue()));
        }
        List<ActivityType> types = new ArrayList<>();
        JsonNode typesNode = node.get("activityTypes");
        if (typesNode != null) {
            typesNode.properties().forEach(entry -> types.add(new ActivityType(entry.getKey(),
                    LearningCategory.fromJsonName(entry.getValue().asString()).orElseThrow())));
        }
        JsonNode maxHours = node.get("maxHoursPerWeek");
        JsonNode tolerance = node.get("mixTolerance");
        JsonNode perGoal = node.get("activityPerGoal");
        return new PlanPolicy(approvals,
                maxHours == null ? Optional.empty() : Optional.of(maxHours.decimalValue()),
                integer(node, "minWeeks"), integer(node, "maxWeeks"), mix,
                tolerance == null ? 0 : tolerance.intValue(), integer(node, "reviewEveryWeeks"),
                perGoal == null || perGoal.booleanValue(), types);
    }

    private static Optional<Integer> integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? Optional.empty() : Optional.of(value.intValue());
    }

    private static FactDefinition fact(String name, JsonNode node) {
        return new FactDefinition(name, FactDefinition.Type.fromJsonName(text(node, "type")).orElseThrow(),
                Optional.ofNullable(optional(node, "unit")), Optional.ofNullable(optional(node, "description")),
                strings(node.get("values")));
    }





    private static List<Relation> relations(JsonNode array) {
        List<Relation> relations = new ArrayList<>();
        for (JsonNode relation : elements(array)) {
            relations.add(new Relation(text(relation, "type"), text(relation, "target")));
        }
        return relations;
    }

    private static Map<String, String> stringMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object != null) {
            object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue().asString()));
        }
        return map;
    }

    private static Map<String, List<String>> statements(JsonNode object) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (object != null) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                map.put(entry.getKey(), texts(entry.getValue()));
            }
        }
        return map;
    }

    /**
     * The texts of a list of strings (the same as {@link JsonFields#strings}, without a copy of the nodes and
     * a stream: a framework the size of ESCO has some 27,000 lists of indicators).
     */
    private static List<String> texts(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            texts.add(item.asString());
        }
        return java.util.Collections.unmodifiableList(texts);
    }

    private static Map<String, Translation> translations(JsonNode object) {
        return translationsWithTitle(object, "title");
    }

    private static Map<String, Translation> levelTranslations(JsonNode object) {
        return translationsWithTitle(object, "label");
    }

    private static Map<String, Translation> translationsWithTitle(JsonNode object, String titleField) {
        Map<String, Translation> map = new LinkedHashMap<>();
        if (object != null) {
            object.properties().forEach(entry -> {
                JsonNode translation = entry.getValue();
                map.put(entry.getKey(), new Translation(Optional.ofNullable(optional(translation, titleField)),
                        Optional.ofNullable(optional(translation, "description")),
                        statements(translation.get("indicators"))));
            });
        }
        return map;
    }

    /** The {@code x-} fields of an object, each kept as compact JSON text. */
    static Extensions extensions(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(entry -> {
            if (entry.getKey().startsWith(Extensions.PREFIX)) {
                map.put(entry.getKey(), entry.getValue().toString());
            }
        });
        return Extensions.of(map);
    }
}
