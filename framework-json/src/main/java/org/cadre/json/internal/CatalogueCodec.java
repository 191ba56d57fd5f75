package org.cadre.json.internal;

import static org.cadre.json.internal.JsonFields.elements;
import static org.cadre.json.internal.JsonFields.optional;
import static org.cadre.json.internal.JsonFields.strings;
import static org.cadre.json.internal.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.json.DocumentKind;
import org.cadre.plan.Catalogue;
import org.cadre.plan.CatalogueItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps activity catalogues between their document form and {@link Catalogue}. Binding expects a document
 * that passed the schema. Hours and costs are kept as the exact decimals written.
 */
public final class CatalogueCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogueCodec() {
    }

    /** The catalogue in a schema-valid catalogue document. */
    public static Catalogue bind(JsonNode root) {
        JsonNode framework = root.get("framework");
        List<CatalogueItem> items = new ArrayList<>();
        for (JsonNode node : elements(root.get("items"))) {
            JsonNode suits = node.get("suits");
            JsonNode weeks = node.get("weeks");
            JsonNode cost = node.get("cost");
            items.add(new CatalogueItem(text(node, "id"), text(node, "title"), text(node, "type"),
                    strings(node.get("develops")), Optional.ofNullable(suits == null ? null : optional(suits, "from")),
                    Optional.ofNullable(suits == null ? null : optional(suits, "to")), node.get("hours").decimalValue(),
                    weeks == null ? Optional.empty() : Optional.of(weeks.intValue()),
                    cost == null ? Optional.empty() : Optional.of(cost.decimalValue()),
                    Optional.ofNullable(optional(node, "provider")), Optional.ofNullable(optional(node, "description"))));
        }
        return new Catalogue(text(root, "id"), text(root, "title"), text(framework, "id"),
                Optional.ofNullable(optional(framework, "version")), Optional.ofNullable(optional(root, "currency")),
                items, FrameworkBinder.extensions(root));
    }

    /** A catalogue document: {@code $schema}, {@code kind}, {@code formatVersion}, then the catalogue in the documented order. */
    public static ObjectNode encodeDocument(Catalogue catalogue) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", DocumentKind.CATALOGUE.schemaId());
        root.put("kind", DocumentKind.CATALOGUE.jsonName());
        root.put("formatVersion", DocumentKind.FORMAT_VERSION);
        root.put("id", catalogue.id());
        root.put("title", catalogue.title());
        ObjectNode framework = root.putObject("framework");
        framework.put("id", catalogue.framework());
        catalogue.frameworkVersion().ifPresent(version -> framework.put("version", version));
        catalogue.currency().ifPresent(currency -> root.put("currency", currency));
        ArrayNode items = root.putArray("items");
        for (CatalogueItem item : catalogue.items()) {
            ObjectNode node = items.addObject();
            node.put("id", item.id());
            node.put("title", item.title());
            node.put("type", item.type());
            if (!item.develops().isEmpty()) {
                ArrayNode develops = node.putArray("develops");
                item.develops().forEach(develops::add);
            }
            if (item.suitsFrom().isPresent() || item.suitsTo().isPresent()) {
                ObjectNode suits = node.putObject("suits");
                item.suitsFrom().ifPresent(from -> suits.put("from", from));
                item.suitsTo().ifPresent(to -> suits.put("to", to));
            }
            node.put("hours", item.hours());
            item.weeks().ifPresent(weeks -> node.put("weeks", weeks.intValue()));
            item.cost().ifPresent(cost -> node.put("cost", cost));
            item.provider().ifPresent(provider -> node.put("provider", provider));
            item.description().ifPresent(description -> node.put("description", description));
        }
        FrameworkEncoder.extensions(root, catalogue.extensions());
        return root;
    }
}
