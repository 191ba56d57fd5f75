package org.cadre.evaluation;

/**
 * A rule compiled against a framework: competencies resolved to dense indexes, levels to positions, sets
 * to member lists and references inlined. Evaluates a {@link PersonState} fast ({@link #verdict}) or with
 * an explanation ({@link #explain}); both always agree. Immutable and thread-safe.
 */
public final class CompiledRule {

    private final Node root;

    CompiledRule(Node root) {
        this.root = root;
    }

    /** The verdict only: no allocation beyond what the rule needs. */
    public Verdict verdict(PersonState state) {
        return root.verdict(state);
    }

    /** The verdict with its explanation tree. */
    public Explanation explain(PersonState state) {
        return root.explain(state);
    }

    /** The rule as text, as {@link RuleText} renders it. */
    public String text() {
        return root.text;
    }

    /** The JSON Pointer of the rule in the framework document. */
    public String pointer() {
        return root.pointer;
    }

    /**
     * An upper bound on the work of one evaluation: the number of rule nodes plus the members of the sets
     * they visit (named rules counted where they are referred to). Known before any evaluation.
     */
    public long cost() {
        return root.cost();
    }

    Node root() {
        return root;
    }

    @Override
    public String toString() {
        return "CompiledRule[" + root.text + "]";
    }
}
