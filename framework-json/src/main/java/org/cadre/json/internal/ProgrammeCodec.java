package org.cadre.json.internal;

import static org.cadre.json.internal.JsonFields.elements;
import static org.cadre.json.internal.JsonFields.optional;
import static org.cadre.json.internal.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.model.Checkpoint;
import org.cadre.model.Programme;
import org.cadre.model.SelectionKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a programme that serve programmes with limited places: {@code capacity}, the
 * {@code selection} ranking and progress {@code checkpoints}, read from and written to their document form.
 */
final class ProgrammeCodec {

    private ProgrammeCodec() {
    }

    /** Reads capacity, selection and checkpoints from a schema-valid programme object into the builder. */
    static void bind(JsonNode node, Programme.Builder programme) {
        JsonNode capacity = node.get("capacity");
        if (capacity != null) {
            programme.capacity(capacity.intValue());
        }
        List<SelectionKey> selection = new ArrayList<>();
        for (JsonNode key : elements(node.get("selection"))) {
            selection.add(selectionKey(key));
        }
        programme.selection(selection);
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (JsonNode checkpoint : elements(node.get("checkpoints"))) {
            checkpoints.add(new Checkpoint(text(checkpoint, "id"), Optional.ofNullable(optional(checkpoint, "title")),
                    checkpoint.get("month").intValue(), RuleCodec.bind(checkpoint.get("rule"))));
        }
        programme.checkpoints(checkpoints);
    }

    private static SelectionKey selectionKey(JsonNode key) {
        if (key.has("fact")) {
            JsonNode body = key.get("fact");
            return new SelectionKey.ByFact(text(body, "name"), order(body));
        }
        if (key.has("mean")) {
            JsonNode body = key.get("mean");
            return new SelectionKey.ByMean(RuleCodec.set(body.get("set")), order(body));
        }
        return new SelectionKey.ByRule(RuleCodec.bind(key.get("met")));
    }

    private static SelectionKey.Order order(JsonNode body) {
        return Optional.ofNullable(optional(body, "order"))
                .map(name -> SelectionKey.Order.fromJsonName(name).orElseThrow())
                .orElse(SelectionKey.Order.DESCENDING);
    }

    /** Writes capacity, selection and checkpoints, each only when the programme has it. */
    static void encode(ObjectNode node, Programme programme) {
        programme.capacity().ifPresent(capacity -> node.put("capacity", capacity));
        if (!programme.selection().isEmpty()) {
            ArrayNode selection = node.putArray("selection");
            for (SelectionKey key : programme.selection()) {
                ObjectNode keyNode = selection.addObject();
                if (key instanceof SelectionKey.ByFact byFact) {
                    ObjectNode body = keyNode.putObject("fact");
                    body.put("name", byFact.fact());
                    body.put("order", byFact.order().jsonName());
                } else if (key instanceof SelectionKey.ByMean byMean) {
                    ObjectNode body = keyNode.putObject("mean");
                    body.set("set", RuleCodec.set(byMean.set()));
                    body.put("order", byMean.order().jsonName());
                } else {
                    keyNode.set("met", RuleCodec.encode(((SelectionKey.ByRule) key).rule()));
                }
            }
        }
        if (!programme.checkpoints().isEmpty()) {
            ArrayNode checkpoints = node.putArray("checkpoints");
            for (Checkpoint checkpoint : programme.checkpoints()) {
                ObjectNode checkpointNode = checkpoints.addObject();
                checkpointNode.put("id", checkpoint.id());
                checkpoint.title().ifPresent(title -> checkpointNode.put("title", title));
                checkpointNode.put("month", checkpoint.month());
                checkpointNode.set("rule", RuleCodec.encode(checkpoint.rule()));
            }
        }
    }
}
