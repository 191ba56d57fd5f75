package org.cadre.json.internal;

import static org.cadre.json.internal.JsonFields.strings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.model.CompetencySet;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.report.CadreException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps rules between their document form (an object with one field naming the form) and {@link Rule}.
 * Binding expects a rule that passed the schema; the document nests at most as deep as the parser allows,
 * so recursion is bounded. Encoding refuses a rule nested deeper than {@link #MAX_WRITE_DEPTH} levels of
 * JSON rather than overflow the stack.
 */
public final class RuleCodec {

    /** The deepest document form of a rule that is encoded: far beyond what any loader accepts. */
    public static final int MAX_WRITE_DEPTH = 400;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleCodec() {
    }

    // ------------------------------------------------------------------------------------------ binding

    /** The rule in a schema-valid rule object. */
    public static Rule bind(JsonNode node) {
        Map.Entry<String, JsonNode> form = node.properties().iterator().next();
        JsonNode body = form.getValue();
        return switch (form.getKey()) {
            case "level" -> {
                Map.Entry<Rule.Comparison, String> comparison = comparison(body);
                yield new Rule.Level(body.get("competency").asString(), comparison.getKey(), comparison.getValue());
            }
            case "all" -> new Rule.All(list(body));
            case "any" -> new Rule.Any(list(body));
            case "not" -> new Rule.Not(bind(body));
            case "atLeastOf" -> new Rule.AtLeastOf(body.get("n").intValue(), list(body.get("rules")));
            case "count" -> new Rule.Count(set(body.get("set")), Rule.Quantifier.AT_LEAST,
                    body.get("atLeast").intValue(), body.get("level").asString());
            case "every" -> new Rule.Count(set(body.get("set")), Rule.Quantifier.ALL, 0, body.get("level").asString());
            case "none" -> new Rule.Count(set(body.get("set")), Rule.Quantifier.NONE, 0, body.get("level").asString());
            case "minimum" -> new Rule.LevelOfSet(set(body.get("set")), Rule.Aggregate.MINIMUM,
                    body.get("atLeast").asString());
            case "mean" -> new Rule.LevelOfSet(set(body.get("set")), Rule.Aggregate.MEAN, body.get("atLeast").asString());
            case "balance" -> new Rule.Balance(set(body.get("left")), set(body.get("right")),
                    body.get("within").intValue());
            case "completed" -> new Rule.ProgrammeTaken(body.get("programme").asString(), Rule.Taken.COMPLETED,
                    months(body));
            case "enrolled" -> new Rule.ProgrammeTaken(body.get("programme").asString(), Rule.Taken.ENROLLED,
                    Optional.empty());
            case "fact" -> {
                Map.Entry<String, JsonNode> comparison = otherThan(body, "name");
                yield new Rule.NumberFact(body.get("name").asString(), comparisonNamed(comparison.getKey()),
                        comparison.getValue().decimalValue());
            }
            case "factIn" -> new Rule.StringFact(body.get("name").asString(), strings(body.get("values")));
            case "evidence" -> new Rule.EvidenceCount(set(body.get("set")), body.get("atLeast").intValue(),
                    strings(body.get("kinds")), strings(body.get("sources")).stream()
                    .map(name -> RaterSource.fromJsonName(name).orElseThrow()).toList(), months(body));
            case "rule" -> new Rule.Ref(body.asString());
            default -> throw new IllegalArgumentException("not a rule form: " + form.getKey());
        };
    }

    private static List<Rule> list(JsonNode array) {
        List<Rule> rules = new ArrayList<>();
        array.forEach(element -> rules.add(bind(element)));
        return rules;
    }

    private static Map.Entry<Rule.Comparison, String> comparison(JsonNode body) {
        Map.Entry<String, JsonNode> field = otherThan(body, "competency");
        return Map.entry(comparisonNamed(field.getKey()), field.getValue().asString());
    }

    private static Map.Entry<String, JsonNode> otherThan(JsonNode body, String name) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!field.getKey().equals(name)) {
                return field;
            }
        }
        throw new IllegalArgumentException("no comparison beside " + name);
    }

    private static Rule.Comparison comparisonNamed(String name) {
        for (Rule.Comparison comparison : Rule.Comparison.values()) {
            if (comparison.jsonName().equals(name)) {
                return comparison;
            }
        }
        throw new IllegalArgumentException("not a comparison: " + name);
    }

    static CompetencySet set(JsonNode node) {
        if (node.has("subtree")) {
            return new CompetencySet.Subtree(node.get("subtree").asString());
        }
        if (node.has("tag")) {
            return new CompetencySet.Tagged(node.get("tag").asString());
        }
        return new CompetencySet.Listed(strings(node.get("competencies")));
    }

    private static Optional<Integer> months(JsonNode body) {
        JsonNode months = body.get("withinMonths");
        return months == null ? Optional.empty() : Optional.of(months.intValue());
    }


    // ----------------------------------------------------------------------------------------- encoding

    /**
     * The document form of a rule: one field naming the form, then its parts in the documented order,
     * absent optional parts left out.
     *
     * @throws CadreException if the rule's document form would nest deeper than {@link #MAX_WRITE_DEPTH}
     */
    public static ObjectNode encode(Rule rule) {
        int depth = documentDepth(rule);
        if (depth > MAX_WRITE_DEPTH) {
            throw new CadreException("a rule nests " + depth + " levels of JSON deep, more than the "
                    + MAX_WRITE_DEPTH + " that can be written; split it into named rules");
        }
        return node(rule);
    }

    private static ObjectNode node(Rule rule) {
        ObjectNode node = NODES.objectNode();
        if (rule instanceof Rule.Level level) {
            ObjectNode body = node.putObject("level");
            body.put("competency", level.competency());
            body.put(level.comparison().jsonName(), level.level());
        } else if (rule instanceof Rule.All all) {
            node.set("all", nodes(all.rules()));
        } else if (rule instanceof Rule.Any any) {
            node.set("any", nodes(any.rules()));
        } else if (rule instanceof Rule.Not not) {
            node.set("not", node(not.rule()));
        } else if (rule instanceof Rule.AtLeastOf atLeastOf) {
            ObjectNode body = node.putObject("atLeastOf");
            body.put("n", atLeastOf.n());
            body.set("rules", nodes(atLeastOf.rules()));
        } else if (rule instanceof Rule.Count count) {
            ObjectNode body = node.putObject(countForm(count.quantifier()));
            body.set("set", set(count.set()));
            if (count.quantifier() == Rule.Quantifier.AT_LEAST) {
                body.put("atLeast", count.n());
            }
            body.put("level", count.level());
        } else if (rule instanceof Rule.LevelOfSet ofSet) {
            ObjectNode body = node.putObject(ofSet.aggregate() == Rule.Aggregate.MINIMUM ? "minimum" : "mean");
            body.set("set", set(ofSet.set()));
            body.put("atLeast", ofSet.level());
        } else if (rule instanceof Rule.Balance balance) {
            ObjectNode body = node.putObject("balance");
            body.set("left", set(balance.left()));
            body.set("right", set(balance.right()));
            body.put("within", balance.within());
        } else if (rule instanceof Rule.ProgrammeTaken taken) {
            ObjectNode body = node.putObject(taken.taken() == Rule.Taken.COMPLETED ? "completed" : "enrolled");
            body.put("programme", taken.programme());
            taken.withinMonths().ifPresent(months -> body.put("withinMonths", months));
        } else if (rule instanceof Rule.NumberFact fact) {
            ObjectNode body = node.putObject("fact");
            body.put("name", fact.fact());
            body.put(fact.comparison().jsonName(), fact.value());
        } else if (rule instanceof Rule.StringFact fact) {
            ObjectNode body = node.putObject("factIn");
            body.put("name", fact.fact());
            ArrayNode values = body.putArray("values");
            fact.values().forEach(values::add);
        } else if (rule instanceof Rule.EvidenceCount evidence) {
            ObjectNode body = node.putObject("evidence");
            body.set("set", set(evidence.set()));
            body.put("atLeast", evidence.n());
            if (!evidence.kinds().isEmpty()) {
                ArrayNode kinds = body.putArray("kinds");
                evidence.kinds().forEach(kinds::add);
            }
            if (!evidence.sources().isEmpty()) {
                ArrayNode sources = body.putArray("sources");
                evidence.sources().forEach(source -> sources.add(source.jsonName()));
            }
            evidence.withinMonths().ifPresent(months -> body.put("withinMonths", months));
        } else {
            node.put("rule", ((Rule.Ref) rule).name());
        }
        return node;
    }

    private static ArrayNode nodes(List<Rule> rules) {
        ArrayNode array = NODES.arrayNode();
        rules.forEach(rule -> array.add(node(rule)));
        return array;
    }

    /** The name of a count rule's form: {@code count}, {@code every} or {@code none}. */
    public static String countForm(Rule.Quantifier quantifier) {
        return switch (quantifier) {
            case AT_LEAST -> "count";
            case ALL -> "every";
            case NONE -> "none";
        };
    }

    static ObjectNode set(CompetencySet set) {
        ObjectNode node = NODES.objectNode();
        if (set instanceof CompetencySet.Subtree subtree) {
            node.put("subtree", subtree.root());
        } else if (set instanceof CompetencySet.Tagged tagged) {
            node.put("tag", tagged.tag());
        } else {
            ArrayNode ids = node.putArray("competencies");
            ((CompetencySet.Listed) set).ids().forEach(ids::add);
        }
        return node;
    }

    // -------------------------------------------------------------------------------------------- depth

    /**
     * How many levels of JSON arrays and objects the rule's document form nests, the rule's own object
     * counting as one. Computed without recursion, so it is safe on any rule.
     */
    public static int documentDepth(Rule rule) {
        int deepest = 0;
        Deque<Map.Entry<Rule, Integer>> stack = new ArrayDeque<>();
        stack.push(Map.entry(rule, 1));
        while (!stack.isEmpty()) {
            Map.Entry<Rule, Integer> next = stack.pop();
            Rule current = next.getKey();
            int at = next.getValue();
            if (current instanceof Rule.All all) {
                deepest = Math.max(deepest, at + 1);
                all.rules().forEach(child -> stack.push(Map.entry(child, at + 2)));
            } else if (current instanceof Rule.Any any) {
                deepest = Math.max(deepest, at + 1);
                any.rules().forEach(child -> stack.push(Map.entry(child, at + 2)));
            } else if (current instanceof Rule.Not not) {
                stack.push(Map.entry(not.rule(), at + 1));
            } else if (current instanceof Rule.AtLeastOf atLeastOf) {
                deepest = Math.max(deepest, at + 2);
                atLeastOf.rules().forEach(child -> stack.push(Map.entry(child, at + 3)));
            } else {
                deepest = Math.max(deepest, at + leafDepth(current));
            }
        }
        return deepest;
    }

    /** Levels below a leaf rule's own object: its form's object, a set and a set's list, or a list. */
    private static int leafDepth(Rule rule) {
        if (rule instanceof Rule.Ref) {
            return 0;
        }
        if (rule instanceof Rule.Count count) {
            return 2 + setDepth(count.set());
        }
        if (rule instanceof Rule.LevelOfSet ofSet) {
            return 2 + setDepth(ofSet.set());
        }
        if (rule instanceof Rule.Balance balance) {
            return 2 + Math.max(setDepth(balance.left()), setDepth(balance.right()));
        }
        if (rule instanceof Rule.EvidenceCount evidence) {
            return 2 + setDepth(evidence.set()); // its kinds and sources lists are no deeper than its set
        }
        if (rule instanceof Rule.StringFact) {
            return 2;
        }
        return 1;
    }

    private static int setDepth(CompetencySet set) {
        return set instanceof CompetencySet.Listed ? 1 : 0;
    }
}
