package org.cadre.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule gave its verdict: one node per rule node, with what it required, what it found, a sentence
 * for a person, and the rules inside it.
 *
 * @param verdict  the node's verdict
 * @param pointer  the JSON Pointer of the rule node in the framework document
 * @param rule     the rule rendered as text, as it reads in the framework
 * @param sentence what was found against what was required, for a person to read
 * @param missing  for an UNKNOWN node, the missing data that could change it; empty otherwise
 * @param children the explanations of the rules inside this one
 */
public record Explanation(Verdict verdict, String pointer, String rule, String sentence, List<String> missing,
                          List<Explanation> children) {

    /** Validates and copies the components. */
    public Explanation {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sentence, "sentence");
        missing = List.copyOf(missing);
        children = List.copyOf(children);
    }

    /** The tree as indented lines: verdict, sentence. */
    public String render() {
        StringBuilder text = new StringBuilder();
        render(text, 0);
        return text.toString();
    }

    private void render(StringBuilder text, int depth) {
        text.append("  ".repeat(depth)).append('[').append(verdict.label()).append("] ").append(sentence)
                .append('\n');
        for (Explanation child : children) {
            child.render(text, depth + 1);
        }
    }
}
