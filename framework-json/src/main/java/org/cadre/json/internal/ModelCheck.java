package org.cadre.json.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.check.FrameworkChecker;
import org.cadre.json.DocumentKind;
import org.cadre.json.Limits;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
import org.cadre.model.Programme;
import org.cadre.model.Rule;
import org.cadre.report.Codes;
import org.cadre.report.Issue;
import org.cadre.report.Pointers;
import tools.jackson.databind.JsonNode;

/**
 * Checks a framework built in Java as thoroughly as a loaded one: Bean Validation, extension values
 * that must be JSON text, its document form against the published schema (so that what passes here can
 * be written and loaded again), texts that could not be written as UTF-8, and the semantic checks.
 */
public final class ModelCheck {

    private static final JsonText EXTENSION_PARSER = new JsonText(Limits.defaults());

    private ModelCheck() {
    }

    /**
     * Every issue of the framework, with pointers into its document form and no positions; rules may cost at
     * most {@code maxRuleCost}.
     */
    public static List<Issue> check(Framework framework, SchemaCheck schema, long maxRuleCost) {
        List<Issue> semantic = FrameworkChecker.check(framework, maxRuleCost);
        List<Issue> issues = new ArrayList<>(BeanCheck.check(framework));
        List<Issue> extensions = extensionIssues(framework);
        issues.addAll(extensions);
        Set<String> tooDeep = tooDeep(framework, semantic, issues);
        issues.addAll(unwritableRules(framework, tooDeep));
        if (extensions.isEmpty() && tooDeep.isEmpty()) {
            JsonNode document = FrameworkEncoder.encode(framework);
            Set<String> covered = new HashSet<>();
            issues.forEach(issue -> covered.add(issue.pointer()));
            for (Issue issue : schema.check(DocumentKind.FRAMEWORK, document)) {
                if (!covered.contains(issue.pointer())) {
                    issues.add(issue);
                }
            }
            issues.addAll(loneSurrogates(document));
        }
        issues.addAll(semantic);
        return issues;
    }

    /** Every rule of the framework with its pointer and the JSON depth of the object that holds it. */
    private static Map<String, Map.Entry<Rule, Integer>> rules(Framework framework) {
        Map<String, Map.Entry<Rule, Integer>> rules = new LinkedHashMap<>();
        framework.rules().forEach((name, rule) -> rules.put(Pointers.of("rules", name), Map.entry(rule, 2)));
        for (int p = 0; p < framework.programmes().size(); p++) {
            Programme programme = framework.programmes().get(p);
            int index = p;
            programme.entry().ifPresent(rule -> rules.put(Pointers.of("programmes", index, "entry"),
                    Map.entry(rule, 3)));
            programme.completion().ifPresent(rule -> rules.put(Pointers.of("programmes", index, "completion"),
                    Map.entry(rule, 3)));
            for (int c = 0; c < programme.checkpoints().size(); c++) {
                rules.put(Pointers.of("programmes", index, "checkpoints", c, "rule"),
                        Map.entry(programme.checkpoints().get(c).rule(), 5));
            }
            for (int k = 0; k < programme.selection().size(); k++) {
                if (programme.selection().get(k) instanceof org.cadre.model.SelectionKey.ByRule byRule) {
                    rules.put(Pointers.of("programmes", index, "selection", k, "met"), Map.entry(byRule.rule(), 5));
                }
            }
        }
        return rules;
    }

    /**
     * Adds an issue for each rule whose document form would nest deeper than a loader with the default
     * limits reads (unless the semantic checks already found it too deep, at the same pointer), and returns
     * their pointers: the document is then not checked against the schema, which would have to descend
     * through it, and those rules are not walked again.
     */
    private static Set<String> tooDeep(Framework framework, List<Issue> semantic, List<Issue> issues) {
        Set<String> reported = new HashSet<>();
        semantic.stream().filter(issue -> issue.code().equals(Codes.RULE_TOO_DEEP))
                .forEach(issue -> reported.add(issue.pointer()));
        int limit = Limits.defaults().maxDepth();
        Set<String> found = new HashSet<>();
        for (Map.Entry<String, Map.Entry<Rule, Integer>> rule : rules(framework).entrySet()) {
            int depth = rule.getValue().getValue() + RuleCodec.documentDepth(rule.getValue().getKey());
            if (depth > limit) {
                found.add(rule.getKey());
                if (!reported.contains(rule.getKey())) {
                    issues.add(Issue.error(Codes.RULE_TOO_DEEP, rule.getKey(), "the rule's document form would"
                            + " nest " + depth + " arrays and objects deep, more than the " + limit + " a document"
                            + " may; split it into named rules"));
                }
            }
        }
        return found;
    }

    /**
     * Rules the document form cannot express: a count on "every" or "none". Rules too deep to write are
     * skipped: their pointers would grow with their depth.
     */
    private static List<Issue> unwritableRules(Framework framework, Set<String> tooDeep) {
        List<Issue> issues = new ArrayList<>();
        rules(framework).forEach((start, entry) -> {
            if (tooDeep.contains(start)) {
                return;
            }
            Deque<Map.Entry<String, Rule>> stack = new ArrayDeque<>();
            stack.push(Map.entry(start, entry.getKey()));
            while (!stack.isEmpty()) {
                String pointer = stack.peek().getKey();
                Rule rule = stack.pop().getValue();
                if (rule instanceof Rule.All all) {
                    push(stack, Pointers.append(pointer, "all"), all.rules());
                } else if (rule instanceof Rule.Any any) {
                    push(stack, Pointers.append(pointer, "any"), any.rules());
                } else if (rule instanceof Rule.Not not) {
                    stack.push(Map.entry(Pointers.append(pointer, "not"), not.rule()));
                } else if (rule instanceof Rule.AtLeastOf atLeastOf) {
                    push(stack, Pointers.append(Pointers.append(pointer, "atLeastOf"), "rules"), atLeastOf.rules());
                } else if (rule instanceof Rule.Count count && count.quantifier() != Rule.Quantifier.AT_LEAST
                        && count.n() != 0) {
                    String form = RuleCodec.countForm(count.quantifier());
                    issues.add(Issue.error(Codes.MODEL_CONSTRAINT, Pointers.append(pointer, form), "a \"" + form
                            + "\" rule has no count, but this one has n = " + count.n() + "; n must be 0 unless"
                            + " the quantifier is AT_LEAST"));
                }
            }
        });
        return issues;
    }

    private static void push(Deque<Map.Entry<String, Rule>> stack, String base, List<Rule> rules) {
        for (int i = rules.size() - 1; i >= 0; i--) {
            stack.push(Map.entry(Pointers.append(base, i), rules.get(i)));
        }
    }

    private static List<Issue> extensionIssues(Framework framework) {
        List<Issue> issues = new ArrayList<>();
        extensions(framework.extensions(), "", issues);
        framework.source().ifPresent(source -> extensions(source.extensions(), "/source", issues));
        for (int s = 0; s < framework.scales().size(); s++) {
            ProficiencyScale scale = framework.scales().get(s);
            extensions(scale.extensions(), Pointers.of("scales", s), issues);
            for (int l = 0; l < scale.levels().size(); l++) {
                extensions(scale.levels().get(l).extensions(), Pointers.of("scales", s, "levels", l), issues);
            }
        }
        for (int c = 0; c < framework.competencies().size(); c++) {
            extensions(framework.competencies().get(c).extensions(), Pointers.of("competencies", c), issues);
        }
        for (int p = 0; p < framework.programmes().size(); p++) {
            extensions(framework.programmes().get(p).extensions(), Pointers.of("programmes", p), issues);
        }
        return issues;
    }

    private static void extensions(Extensions extensions, String base, List<Issue> issues) {
        for (Map.Entry<String, String> entry : extensions.asMap().entrySet()) {
            JsonText.Parsed parsed = EXTENSION_PARSER.parse(entry.getValue());
            if (parsed.root().isEmpty() || parsed.issues().stream().anyMatch(Issue::isError)) {
                String pointer = Pointers.append(base, entry.getKey());
                issues.add(Issue.error(Codes.MODEL_CONSTRAINT, pointer, "extension field " + entry.getKey() + " at "
                        + pointer + " must hold one JSON value as text, but holds " + shorten(entry.getValue())));
            }
        }
    }

    private static List<Issue> loneSurrogates(JsonNode document) {
        List<Issue> issues = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> stack = new ArrayDeque<>();
        stack.push(Map.entry("", document));
        while (!stack.isEmpty()) {
            Map.Entry<String, JsonNode> next = stack.pop();
            JsonNode node = next.getValue();
            if (node.isString() && JsonText.loneSurrogate(node.asString()) >= 0) {
                issues.add(Issue.error(Codes.MODEL_CONSTRAINT, next.getKey(), "the text at " + next.getKey()
                        + " holds half of a UTF-16 surrogate pair, which is no character and cannot be written"));
            } else if (node.isObject()) {
                node.properties().forEach(entry -> {
                    String pointer = Pointers.append(next.getKey(), entry.getKey());
                    if (JsonText.loneSurrogate(entry.getKey()) >= 0) {
                        issues.add(Issue.error(Codes.MODEL_CONSTRAINT, pointer, "the key at " + pointer
                                + " holds half of a UTF-16 surrogate pair, which is no character"));
                    }
                    stack.push(Map.entry(pointer, entry.getValue()));
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    stack.push(Map.entry(Pointers.append(next.getKey(), i), node.get(i)));
                }
            }
        }
        return issues;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? "[" + text + "]" : "[" + text.substring(0, 60) + "…]";
    }
}
