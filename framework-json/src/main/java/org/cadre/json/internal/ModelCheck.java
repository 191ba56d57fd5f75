package org.cadre.json.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.check.FrameworkChecker;
import org.cadre.json.DocumentKind;
import org.cadre.json.Limits;
import org.cadre.model.Extensions;
import org.cadre.model.Framework;
import org.cadre.model.ProficiencyScale;
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

    /** Every issue of the framework, with pointers into its document form and no positions. */
    public static List<Issue> check(Framework framework, SchemaCheck schema) {
        List<Issue> issues = new ArrayList<>(BeanCheck.check(framework));
        List<Issue> extensions = extensionIssues(framework);
        issues.addAll(extensions);
        if (extensions.isEmpty()) {
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
        issues.addAll(FrameworkChecker.check(framework));
        return issues;
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
