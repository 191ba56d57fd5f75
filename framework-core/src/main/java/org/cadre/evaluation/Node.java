package org.cadre.evaluation;

import java.util.ArrayList;
import java.util.List;

/** A compiled rule node: evaluates fast (verdict only) or explained. Immutable. */
abstract class Node {

    final String pointer;
    final String text;

    Node(String pointer, String text) {
        this.pointer = pointer;
        this.text = text;
    }

    /** The verdict only. */
    abstract Verdict verdict(PersonState state);

    /** The verdict with its explanation; always the same verdict as {@link #verdict}. */
    abstract Explanation explain(PersonState state);

    /** How many nodes and set members this node visits: a bound on the cost of evaluating it. */
    abstract long cost();

    /**
     * The smallest changes found that make this node MET: {@link Fix#NONE} when it is MET already, empty
     * when no development can make it MET (a band, a cap on months in post, a rule under "not").
     */
    abstract java.util.Optional<Fix> fix(PersonState state, CompiledFramework compiled);

    Explanation leaf(Verdict verdict, String sentence, List<String> missing) {
        return new Explanation(verdict, pointer, text, sentence, verdict == Verdict.UNKNOWN ? missing : List.of(),
                List.of());
    }

    Explanation branch(Verdict verdict, String sentence, List<Explanation> children) {
        if (verdict != Verdict.UNKNOWN) {
            return new Explanation(verdict, pointer, text, sentence, List.of(), children);
        }
        List<String> missing = new ArrayList<>();
        for (Explanation child : children) {
            if (child.verdict() == Verdict.UNKNOWN) {
                for (String item : child.missing()) {
                    if (!missing.contains(item)) {
                        missing.add(item);
                    }
                }
            }
        }
        return new Explanation(verdict, pointer, text, sentence, List.of(missing.toArray(new String[0])), children);
    }
}
