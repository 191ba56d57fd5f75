package org.cadre.json.internal;

import static org.cadre.json.internal.JsonFields.elements;
import static org.cadre.json.internal.JsonFields.optional;
import static org.cadre.json.internal.JsonFields.strings;
import static org.cadre.json.internal.JsonFields.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.json.DocumentKind;
import org.cadre.model.PlanStatus;
import org.cadre.plan.Activity;
import org.cadre.plan.Approval;
import org.cadre.plan.Goal;
import org.cadre.plan.Plan;
import org.cadre.plan.PlanTarget;
import org.cadre.plan.Review;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps development plans between their document form and {@link Plan}. Binding expects a document that
 * passed the schema and {@link #dateIssues(JsonNode)}. Hours are kept as the exact decimal written.
 */
public final class PlanCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanCodec() {
    }

    // ------------------------------------------------------------------------------------------ binding

    /** The plan in a schema-valid plan document whose dates exist. */
    public static Plan bind(JsonNode root) {
        JsonNode framework = root.get("framework");
        Plan.Builder plan = Plan.builder(text(root, "id"), text(root, "person"), text(framework, "id"),
                text(framework, "version"));
        JsonNode target = root.get("target");
        Map<String, String> profile = new LinkedHashMap<>();
        JsonNode profileNode = target.get("profile");
        if (profileNode != null) {
            profileNode.properties().forEach(entry -> profile.put(entry.getKey(), entry.getValue().asString()));
        }
        plan.target(new PlanTarget(Optional.ofNullable(optional(target, "programme")), profile));
        JsonNode period = root.get("period");
        plan.period(LocalDate.parse(text(period, "start")), LocalDate.parse(text(period, "end")));
        for (JsonNode node : elements(root.get("goals"))) {
            plan.goal(new Goal(text(node, "id"), text(node, "competency"), Optional.ofNullable(optional(node, "from")),
                    text(node, "to"), LocalDate.parse(text(node, "due")),
                    Optional.ofNullable(optional(node, "rationale"))));
        }
        for (JsonNode node : elements(root.get("activities"))) {
            plan.activity(new Activity(text(node, "id"), text(node, "type"), node.get("hours").decimalValue(),
                    LocalDate.parse(text(node, "start")), LocalDate.parse(text(node, "end")),
                    Optional.ofNullable(optional(node, "provider")), strings(node.get("goals")),
                    Optional.ofNullable(optional(node, "item"))));
        }
        for (JsonNode node : elements(root.get("reviews"))) {
            plan.review(new Review(LocalDate.parse(text(node, "date")), text(node, "reviewerRole"),
                    text(node, "outcome"), Optional.ofNullable(optional(node, "notes"))));
        }
        plan.status(PlanStatus.fromJsonName(text(root, "status")).orElseThrow());
        for (JsonNode node : elements(root.get("approvals"))) {
            plan.approval(new Approval(text(node, "role"), text(node, "approver"),
                    LocalDate.parse(text(node, "date"))));
        }
        return plan.extensions(FrameworkBinder.extensions(root)).build();
    }

    /**
     * An issue for every date of a schema-valid plan document (whose dates have the form YYYY-MM-DD) that
     * is not on the calendar, such as 2026-02-30.
     */
    public static List<Issue> dateIssues(JsonNode root) {
        List<Issue> issues = new ArrayList<>();
        for (String field : List.of("start", "end")) {
            JsonNode date = root.get("period").get(field);
            try {
                LocalDate.parse(date.asString());
            } catch (DateTimeException e) {
                issues.add(Issue.error(Codes.SCHEMA_PATTERN, Pointers.of("period", field), "the date \""
                        + date.asString() + "\" is not on the calendar" + PersonCodec.why(date.asString())));
            }
        }
        PersonCodec.dates(root.get("goals"), "/goals", List.of("due"), issues);
        PersonCodec.dates(root.get("activities"), "/activities", List.of("start", "end"), issues);
        PersonCodec.dates(root.get("reviews"), "/reviews", List.of("date"), issues);
        PersonCodec.dates(root.get("approvals"), "/approvals", List.of("date"), issues);
        return issues;
    }

    // ----------------------------------------------------------------------------------------- encoding

    /** A plan document: {@code $schema}, {@code kind}, {@code formatVersion}, then the plan in the documented order. */
    public static ObjectNode encodeDocument(Plan plan) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DocumentKind.PLAN.schemaId());
        root.put("kind", DocumentKind.PLAN.jsonName());
        root.put("formatVersion", DocumentKind.FORMAT_VERSION);
        root.put("id", plan.id());
        root.put("person", plan.person());
        ObjectNode framework = root.putObject("framework");
        framework.put("id", plan.framework());
        framework.put("version", plan.frameworkVersion());
        ObjectNode target = root.putObject("target");
        plan.target().programme().ifPresent(programme -> target.put("programme", programme));
        if (!plan.target().profile().isEmpty()) {
            ObjectNode profile = target.putObject("profile");
            plan.target().profile().forEach(profile::put);
        }
        ObjectNode period = root.putObject("period");
        period.put("start", plan.start().toString());
        period.put("end", plan.end().toString());
        if (!plan.goals().isEmpty()) {
            ArrayNode goals = root.putArray("goals");
            for (Goal goal : plan.goals()) {
                ObjectNode item = goals.addObject();
                item.put("id", goal.id());
                item.put("competency", goal.competency());
                goal.from().ifPresent(from -> item.put("from", from));
                item.put("to", goal.to());
                item.put("due", goal.due().toString());
                goal.rationale().ifPresent(rationale -> item.put("rationale", rationale));
            }
        }
        if (!plan.activities().isEmpty()) {
            ArrayNode activities = root.putArray("activities");
            for (Activity activity : plan.activities()) {
                ObjectNode item = activities.addObject();
                item.put("id", activity.id());
                item.put("type", activity.type());
                item.put("hours", activity.hours());
                item.put("start", activity.start().toString());
                item.put("end", activity.end().toString());
                activity.provider().ifPresent(provider -> item.put("provider", provider));
                activity.item().ifPresent(catalogueItem -> item.put("item", catalogueItem));
                if (!activity.goals().isEmpty()) {
                    ArrayNode goals = item.putArray("goals");
                    activity.goals().forEach(goals::add);
                }
            }
        }
        if (!plan.reviews().isEmpty()) {
            ArrayNode reviews = root.putArray("reviews");
            for (Review review : plan.reviews()) {
                ObjectNode item = reviews.addObject();
                item.put("date", review.date().toString());
                item.put("reviewerRole", review.reviewerRole());
                item.put("outcome", review.outcome());
                review.notes().ifPresent(notes -> item.put("notes", notes));
            }
        }
        root.put("status", plan.status().jsonName());
        if (!plan.approvals().isEmpty()) {
            ArrayNode approvals = root.putArray("approvals");
            for (Approval approval : plan.approvals()) {
                ObjectNode item = approvals.addObject();
                item.put("role", approval.role());
                item.put("approver", approval.approver());
                item.put("date", approval.date().toString());
            }
        }
        FrameworkEncoder.extensions(root, plan.extensions());
        return root;
    }
}
