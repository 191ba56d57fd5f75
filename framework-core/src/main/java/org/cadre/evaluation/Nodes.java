package org.cadre.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cadre.model.Level;
import org.cadre.model.RaterSource;
import org.cadre.model.Rule;
import org.cadre.person.ProgrammeRecord;
import org.cadre.person.ProgrammeState;

/** The compiled rule nodes. Each is immutable; evaluation never recurses deeper than the rule's depth. */
final class Nodes {

    private Nodes() {
    }

    /** A competency as compiled: its dense index, title and levels from lowest to highest. */
    record Member(int index, String id, String title, List<Level> levels, String missing) {
        /** {@code missing}: what an explanation names as missing when the competency has not been assessed. */
        Member(int index, String id, String title, List<Level> levels) {
            this(index, id, title, levels, "a rating of " + title);
        }

        String label(int position) {
            return levels.get(position).label();
        }
    }

    /**
     * The sentences of one node by a small key (a count, a value's id, or a pair of counts), each made the
     * first time it is needed and then shared: they depend only on the rule and the key. Threads may each
     * make the same sentence; a String is immutable, so none sees half of one.
     */
    static final class Sentences {
        /** The most keys kept per node; a node with more makes its sentences each time. */
        private static final int MOST = 4096;
        /** How many keys are kept (0 when there would be more than {@link #MOST}); a larger key is not. */
        private final int size;
        /** For pairs: the number of values of a pair's second part. */
        private final int width;
        /**
         * Made on the first sentence, so that a compiled framework that is never explained costs nothing. Two
         * threads may each make one and one's sentences are then made again: never a wrong sentence.
         */
        private String[] known;

        private Sentences(long size, int width) {
            this.size = size <= MOST ? (int) size : 0;
            this.width = width;
        }

        /** Keys {@code 0 <= key < keys}. */
        static Sentences byKey(int keys) {
            return new Sentences(keys, keys);
        }

        /** Keys {@code (a, b)} with {@code 0 <= a, b <= largest}. */
        static Sentences byPair(int largest) {
            return new Sentences((long) (largest + 1) * (largest + 1), largest + 1);
        }

        String get(int key) {
            String[] array = known;
            return array == null || key >= array.length ? null : array[key];
        }

        /** Keeps the sentence under its key, if the key is one that is kept; returns the sentence. */
        String put(int key, String sentence) {
            if (key < size) {
                String[] array = known;
                if (array == null) {
                    array = new String[size];
                    known = array;
                }
                array[key] = sentence;
            }
            return sentence;
        }

        String get(int a, int b) {
            return get(a * width + b);
        }

        String put(int a, int b, String sentence) {
            return put(a * width + b, sentence);
        }
    }

    /** The explanation's list of what is missing: the members not assessed, when the verdict is unknown. */
    static List<String> unassessed(Verdict verdict, List<Member> members, PersonState state) {
        if (verdict != Verdict.UNKNOWN) {
            return List.of();
        }
        String[] missing = new String[members.size()];
        int found = 0;
        for (Member member : members) {
            if (state.position(member.index()) < 0) {
                missing[found++] = member.missing();
            }
        }
        return List.of(java.util.Arrays.copyOf(missing, found));
    }

    static String words(Rule.Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST -> "at least";
            case AT_MOST -> "at most";
            case EXACTLY -> "exactly";
            case MORE_THAN -> "more than";
            case LESS_THAN -> "less than";
        };
    }

    /** One competency's level compared with a level. */
    static final class LevelNode extends Node {
        private final Member member;
        private final Rule.Comparison comparison;
        private final int threshold;

        /** The sentence for each position, the first for "not assessed" (they depend on nothing else). */
        private final String[] sentences;
        private final List<String> missing;

        LevelNode(String pointer, String text, Member member, Rule.Comparison comparison, int threshold) {
            super(pointer, text);
            this.member = member;
            this.comparison = comparison;
            this.threshold = threshold;
            String required = words(comparison) + " " + lower(member.label(threshold)) + " is required";
            this.sentences = new String[member.levels().size() + 1];
            sentences[0] = member.title() + " has not been assessed (no rating counts under the rating policy); "
                    + required;
            for (int position = 0; position < member.levels().size(); position++) {
                sentences[position + 1] = member.title() + " is " + lower(member.label(position)) + "; " + required;
            }
            this.missing = List.of(member.missing());
        }

        @Override
        Verdict verdict(PersonState state) {
            int position = state.position(member.index());
            return position < 0 ? Verdict.UNKNOWN : Verdict.of(comparison.holds(Integer.compare(position, threshold)));
        }

        @Override
        Explanation explain(PersonState state) {
            return leaf(verdict(state), sentences[state.position(member.index()) + 1], missing);
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            if (verdict(state) == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            int position = state.position(member.index());
            if (position >= 0 && comparison != Rule.Comparison.AT_LEAST) {
                return Optional.empty(); // development raises levels; it does not lower them
            }
            return Optional.of(Fix.of(levelChange(member, position, threshold)));
        }

        @Override
        long cost() {
            return 1;
        }
    }

    /** All, any, at least n of: Kleene combinations of child rules. */
    static final class CombineNode extends Node {
        private final List<Node> children;
        private final int needed;
        private final String kind;

        /** {@code needed} children must be MET: all of them for "all", 1 for "any", n for "at least n of". */
        CombineNode(String pointer, String text, String kind, List<Node> children, int needed) {
            super(pointer, text);
            this.kind = kind;
            this.children = List.copyOf(children);
            this.needed = needed;
            this.mayFail = this.children.size() - needed;
            this.sentences = Sentences.byPair(this.children.size());
            List<Node> fast = fastOrder(this.children);
            this.programmes = only(fast, ProgrammeNode.class, new ProgrammeNode[0]);
            this.numbers = only(fast, NumberNode.class, new NumberNode[0]);
            this.strings = only(fast, StringNode.class, new StringNode[0]);
            this.levels = only(fast, LevelNode.class, new LevelNode[0]);
            this.counts = only(fast, CountNode.class, new CountNode[0]);
            this.others = fast.toArray(new Node[0]);
        }

        /** The sentence by how many children are met and unknown. */
        private final Sentences sentences;

        /** How many children may be other than MET before the verdict can no longer be MET. */
        private final int mayFail;

        /*
         * The children for the fast path, by kind of node: a call through an array of one final class is
         * bound at compile time and can be inlined, where a call through Node[] has a dozen targets and
         * cannot. The cheap kinds come first, so that the verdict is often settled before the costly ones;
         * the verdict depends only on how many children are met and unknown, never on their order.
         */
        private final ProgrammeNode[] programmes;
        private final NumberNode[] numbers;
        private final StringNode[] strings;
        private final LevelNode[] levels;
        private final CountNode[] counts;
        /** The children of other kinds, the cheapest first. */
        private final Node[] others;

        /** The children with each named rule replaced by the node it names (one call fewer), cheapest first. */
        private static List<Node> fastOrder(List<Node> children) {
            List<Node> nodes = new ArrayList<>(children.size());
            for (Node child : children) {
                Node node = child;
                while (node instanceof RefNode) {
                    node = ((RefNode) node).target;
                }
                nodes.add(node);
            }
            nodes.sort(java.util.Comparator.comparingLong(Node::cost)); // stable
            return nodes;
        }

        /** Takes the nodes of one class out of {@code nodes}, in order. */
        private static <T extends Node> T[] only(List<Node> nodes, Class<T> type, T[] empty) {
            List<T> found = new ArrayList<>();
            for (java.util.Iterator<Node> i = nodes.iterator(); i.hasNext(); ) {
                Node node = i.next();
                if (node.getClass() == type) {
                    found.add(type.cast(node));
                    i.remove();
                }
            }
            return found.toArray(empty);
        }

        /**
         * A tally of the children evaluated so far: the MET ones in the high half, the NOT_MET ones in the low
         * half (an UNKNOWN one adds nothing).
         */
        private static long add(long tally, Verdict verdict) {
            return verdict == Verdict.MET ? tally + (1L << 32) : verdict == Verdict.NOT_MET ? tally + 1 : tally;
        }

        /** Whether the tally settles the verdict, whatever the children not yet evaluated give. */
        private boolean settled(long tally) {
            return (int) (tally >>> 32) >= needed || (int) tally > mayFail;
        }

        /**
         * The verdict of a settled tally, or of the tally of every child: MET with enough met children, NOT_MET
         * with too many not met, else UNKNOWN (the unknown ones could still tip it either way).
         */
        private Verdict verdict(long tally) {
            return (int) (tally >>> 32) >= needed ? Verdict.MET
                    : (int) tally > mayFail ? Verdict.NOT_MET : Verdict.UNKNOWN;
        }

        @Override
        Verdict verdict(PersonState state) {
            long tally = 0;
            for (ProgrammeNode child : programmes) {
                tally = add(tally, child.verdict(state));
                if (settled(tally)) {
                    return verdict(tally);
                }
            }
            for (NumberNode child : numbers) {
                tally = add(tally, child.verdict(state));
                if (settled(tally)) {
                    return verdict(tally);
                }
            }
            for (StringNode child : strings) {
                tally = add(tally, child.verdict(state));
                if (settled(tally)) {
                    return verdict(tally);
                }
            }
            for (LevelNode child : levels) {
                tally = add(tally, child.verdict(state));
                if (settled(tally)) {
                    return verdict(tally);
                }
            }
            for (CountNode child : counts) {
                tally = add(tally, child.verdict(state));
                if (settled(tally)) {
                    return verdict(tally);
                }
            }
            for (Node child : others) {
                tally = add(tally, child.verdict(state));
                if (settled(tally)) {
                    return verdict(tally);
                }
            }
            return verdict(tally);
        }

        @Override
        Explanation explain(PersonState state) {
            Explanation[] explained = new Explanation[children.size()];
            int met = 0;
            int unknown = 0;
            for (int i = 0; i < explained.length; i++) {
                Explanation explanation = children.get(i).explain(state);
                explained[i] = explanation;
                if (explanation.verdict() == Verdict.MET) {
                    met++;
                } else if (explanation.verdict() == Verdict.UNKNOWN) {
                    unknown++;
                }
            }
            Verdict verdict = Verdict.atLeast(needed, met, unknown);
            String sentence = sentences.get(met, unknown);
            if (sentence == null) {
                String counts = met + " of " + children.size() + " met" + (unknown > 0 ? ", " + unknown + " unknown" : "");
                sentence = sentences.put(met, unknown, switch (kind) {
                    case "all" -> "all of these are required: " + counts;
                    case "any" -> "one of these is required: " + counts;
                    default -> "at least " + needed + " of these are required: " + counts;
                });
            }
            return branch(verdict, sentence, explained.length == 1 ? List.of(explained[0])
                    : explained.length == 2 ? List.of(explained[0], explained[1]) : List.of(explained));
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            List<Fix> candidates = new ArrayList<>();
            int met = 0;
            for (Node child : children) {
                if (child.verdict(state) == Verdict.MET) {
                    met++;
                    continue;
                }
                child.fix(state, compiled).ifPresent(candidates::add);
            }
            int missing = Math.max(0, needed - met);
            if (missing == 0) {
                return Optional.of(Fix.NONE);
            }
            if (candidates.size() < missing) {
                return Optional.empty();
            }
            candidates.sort(java.util.Comparator.comparingDouble(Fix::size));
            return Optional.of(Fix.all(candidates.subList(0, missing), compiled));
        }

        @Override
        long cost() {
            long cost = 1;
            for (Node child : children) {
                cost += child.cost();
            }
            return cost;
        }
    }

    /** The opposite of a rule. */
    static final class NotNode extends Node {
        private final Node child;

        NotNode(String pointer, String text, Node child) {
            super(pointer, text);
            this.child = child;
        }

        @Override
        Verdict verdict(PersonState state) {
            return child.verdict(state).not();
        }

        @Override
        Explanation explain(PersonState state) {
            Explanation inner = child.explain(state);
            return branch(inner.verdict().not(), "the opposite of the rule inside is required", List.of(inner));
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            return verdict(state) == Verdict.MET ? Optional.of(Fix.NONE) : Optional.empty();
        }

        @Override
        long cost() {
            return 1 + child.cost();
        }
    }

    /** A named rule, evaluated where it is referred to. */
    static final class RefNode extends Node {
        private final Node target;
        /** The sentence of its explanation, which names the rule. */
        private final String sentence;

        RefNode(String pointer, String text, String name, Node target) {
            super(pointer, text);
            this.target = target;
            this.sentence = "the named rule [" + name + "] is required";
        }

        @Override
        Verdict verdict(PersonState state) {
            return target.verdict(state);
        }

        @Override
        Explanation explain(PersonState state) {
            Explanation inner = target.explain(state);
            return branch(inner.verdict(), sentence, List.of(inner));
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            return target.fix(state, compiled);
        }

        @Override
        long cost() {
            return 1 + target.cost();
        }
    }

    /** At least n, all, or none of a set at or above a level. */
    static final class CountNode extends Node {
        private final List<Member> members;
        private final Rule.Quantifier quantifier;
        private final int n;
        private final int[] thresholds;
        private final String levelLabel;

        /** The members' competency indexes, for the fast path. */
        private final int[] indexes;

        CountNode(String pointer, String text, List<Member> members, Rule.Quantifier quantifier, int n,
                  int[] thresholds, String levelLabel) {
            super(pointer, text);
            this.members = List.copyOf(members);
            this.indexes = indexes(this.members);
            this.quantifier = quantifier;
            this.n = n;
            this.thresholds = thresholds.clone();
            this.levelLabel = levelLabel;
            this.sentences = Sentences.byPair(this.members.size());
        }

        /** The sentence by how many members reach the level and how many are not assessed. */
        private final Sentences sentences;

        /**
         * How many members reach their threshold (the high half) and how many are not assessed (the low half),
         * in one {@code long} so that neither mode allocates for it.
         */
        private long tally(PersonState state) {
            int above = 0;
            int unknown = 0;
            for (int i = 0; i < indexes.length; i++) {
                int position = state.position(indexes[i]);
                // Without branches: the sign bit of -1 (unassessed), and of threshold - 1 - position, which is
                // negative exactly when an assessed position reaches the threshold (thresholds are never negative).
                unknown += position >>> 31;
                above += (thresholds[i] - 1 - position) >>> 31;
            }
            return ((long) above << 32) | unknown;
        }

        private Verdict decide(int above, int below, int unknown) {
            return switch (quantifier) {
                case AT_LEAST -> Verdict.atLeast(n, above, unknown);
                case ALL -> below > 0 ? Verdict.NOT_MET : unknown > 0 ? Verdict.UNKNOWN : Verdict.MET;
                case NONE -> above > 0 ? Verdict.NOT_MET : unknown > 0 ? Verdict.UNKNOWN : Verdict.MET;
            };
        }

        @Override
        Verdict verdict(PersonState state) {
            long tally = tally(state);
            int above = (int) (tally >>> 32);
            int unknown = (int) tally;
            return decide(above, indexes.length - above - unknown, unknown);
        }

        @Override
        Explanation explain(PersonState state) {
            long tally = tally(state);
            int above = (int) (tally >>> 32);
            int unknown = (int) tally;
            Verdict verdict = decide(above, indexes.length - above - unknown, unknown);
            String sentence = sentences.get(above, unknown);
            if (sentence == null) {
                String found = above + " of " + members.size() + " are at least " + lower(levelLabel)
                        + (unknown > 0 ? " (" + unknown + " not assessed)" : "");
                String required = switch (quantifier) {
                    case AT_LEAST -> "at least " + n + (n == 1 ? " is required" : " are required");
                    case ALL -> "all are required";
                    case NONE -> "none may be";
                };
                sentence = sentences.put(above, unknown, found + "; " + required);
            }
            return leaf(verdict, sentence, unassessed(verdict, members, state));
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            if (verdict(state) == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            List<Fix> raises = new ArrayList<>();
            int above = 0;
            for (int i = 0; i < members.size(); i++) {
                int position = state.position(members.get(i).index());
                if (position >= thresholds[i]) {
                    above++;
                } else if (quantifier == Rule.Quantifier.NONE) {
                    if (position < 0 && thresholds[i] > 0) {
                        raises.add(Fix.of(levelChange(members.get(i), position, thresholds[i] - 1)));
                    } else if (position < 0) {
                        return Optional.empty();
                    }
                } else {
                    raises.add(Fix.of(levelChange(members.get(i), position, thresholds[i])));
                }
            }
            if (quantifier == Rule.Quantifier.NONE) {
                return above > 0 ? Optional.empty() : Optional.of(Fix.all(raises, compiled));
            }
            if (quantifier == Rule.Quantifier.ALL) {
                return Optional.of(Fix.all(raises, compiled));
            }
            raises.sort(java.util.Comparator.comparingDouble(Fix::size));
            int missing = n - above;
            return missing > raises.size() ? Optional.empty()
                    : Optional.of(Fix.all(raises.subList(0, missing), compiled));
        }

        @Override
        long cost() {
            return 1 + members.size();
        }
    }

    /** The minimum or mean level over a set, at least a level. */
    static final class LevelOfSetNode extends Node {
        private final List<Member> members;
        private final Rule.Aggregate aggregate;
        private final int threshold;
        private final int top;

        private final int[] indexes;

        LevelOfSetNode(String pointer, String text, List<Member> members, Rule.Aggregate aggregate, int threshold) {
            super(pointer, text);
            this.members = List.copyOf(members);
            this.indexes = indexes(this.members);
            this.aggregate = aggregate;
            this.threshold = threshold;
            this.top = members.isEmpty() ? 0 : members.get(0).levels().size() - 1;
        }

        @Override
        Verdict verdict(PersonState state) {
            int unknown = 0;
            long sum = 0;
            int minimum = Integer.MAX_VALUE;
            for (int index : indexes) {
                int position = state.position(index);
                int missing = position >>> 31; // 1 when unassessed (-1), without a branch
                unknown += missing;
                sum += position & (missing - 1);
                minimum = Math.min(minimum, missing == 0 ? position : Integer.MAX_VALUE);
            }
            // The tally of bounds(), without the record: this is the allocation-free fast path.
            return decide(unknown, sum, minimum);
        }

        /** The verdict from the members not assessed and the sum and minimum of the positions of the others. */
        private Verdict decide(int unknown, long sum, int minimum) {
            if (aggregate == Rule.Aggregate.MINIMUM) {
                if (minimum != Integer.MAX_VALUE && minimum < threshold) {
                    return Verdict.NOT_MET;
                }
                return unknown > 0 ? Verdict.UNKNOWN : Verdict.MET;
            }
            double low = (double) sum / indexes.length;
            double high = (double) (sum + (long) unknown * top) / indexes.length;
            return low >= threshold ? Verdict.MET : high < threshold ? Verdict.NOT_MET : Verdict.UNKNOWN;
        }

        private record Bounds(Verdict verdict, double low, double high, int unknown) {
        }

        private Bounds bounds(PersonState state) {
            int unknown = 0;
            long sum = 0;
            int minimum = Integer.MAX_VALUE;
            for (Member member : members) {
                int position = state.position(member.index());
                if (position < 0) {
                    unknown++;
                } else {
                    sum += position;
                    minimum = Math.min(minimum, position);
                }
            }
            Verdict verdict = decide(unknown, sum, minimum);
            if (aggregate == Rule.Aggregate.MINIMUM) {
                if (verdict == Verdict.NOT_MET) {
                    return new Bounds(verdict, minimum, minimum, unknown);
                }
                double low = unknown > 0 ? 0 : minimum;
                return new Bounds(verdict, low, minimum == Integer.MAX_VALUE ? top : minimum, unknown);
            }
            double low = (double) sum / members.size();
            double high = (double) (sum + (long) unknown * top) / members.size();
            return new Bounds(verdict, low, high, unknown);
        }

        @Override
        Explanation explain(PersonState state) {
            Bounds bounds = bounds(state);
            String what = aggregate == Rule.Aggregate.MINIMUM ? "the lowest level" : "the mean level";
            String required = "; at least " + lower(members.get(0).label(threshold)) + " is required";
            String found;
            if (bounds.unknown == 0) {
                found = aggregate == Rule.Aggregate.MINIMUM
                        ? what + " is " + lower(members.get(0).label((int) bounds.low))
                        : what + " is " + position(bounds.low) + " (" + scaleNote() + ")";
            } else if (bounds.verdict == Verdict.NOT_MET) {
                found = (aggregate == Rule.Aggregate.MINIMUM ? "the lowest known level is "
                        + lower(members.get(0).label((int) bounds.low)) : "even at best, " + what + " would be "
                        + position(bounds.high)) + " (" + bounds.unknown + " of " + members.size() + " not assessed)";
            } else {
                found = what + " is not known: " + bounds.unknown + " of " + members.size() + " not assessed";
            }
            return leaf(bounds.verdict, found + required, unassessed(bounds.verdict, members, state));
        }

        private String scaleNote() {
            return "0 is " + lower(members.get(0).label(0)) + ", " + top + " is " + lower(members.get(0).label(top));
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            if (verdict(state) == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            int[] current = new int[members.size()];
            int[] target = new int[members.size()];
            long sum = 0;
            for (int i = 0; i < members.size(); i++) {
                current[i] = state.position(members.get(i).index());
                target[i] = Math.max(current[i], 0);
                if (aggregate == Rule.Aggregate.MINIMUM) {
                    target[i] = Math.max(target[i], threshold);
                }
                sum += target[i];
            }
            if (aggregate == Rule.Aggregate.MEAN) {
                // Raise the lowest member one step at a time until the mean reaches the threshold.
                while (sum < (long) threshold * members.size()) {
                    int lowest = 0;
                    for (int i = 1; i < target.length; i++) {
                        if (target[i] < target[lowest]) {
                            lowest = i;
                        }
                    }
                    target[lowest]++;
                    sum++;
                }
            }
            List<Fix> changes = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if (current[i] < 0 || target[i] > current[i]) {
                    changes.add(Fix.of(levelChange(members.get(i), current[i], target[i])));
                }
            }
            return Optional.of(Fix.all(changes, compiled));
        }

        @Override
        long cost() {
            return 1 + members.size();
        }
    }

    /** Two sides within k levels of each other. */
    static final class BalanceNode extends Node {
        private final List<Member> left;
        private final List<Member> right;
        private final int within;
        private final int top;

        private final int[] leftIndexes;
        private final int[] rightIndexes;
        /** The members of both sides, left first. */
        private final List<Member> both;
        /** The sentence when all are assessed, by the sums of the positions of the two sides. */
        private final Sentences sentences;
        /** The sentence when some are not assessed. */
        private final String notKnown;

        BalanceNode(String pointer, String text, List<Member> left, List<Member> right, int within) {
            super(pointer, text);
            this.left = List.copyOf(left);
            this.right = List.copyOf(right);
            this.leftIndexes = indexes(this.left);
            this.rightIndexes = indexes(this.right);
            this.both = concat(this.left, this.right);
            this.within = within;
            this.top = left.isEmpty() ? 0 : left.get(0).levels().size() - 1;
            this.sentences = Sentences.byPair(Math.max(this.left.size(), this.right.size()) * Math.max(top, 0));
            this.notKnown = "the balance of " + names(this.left) + " and " + names(this.right) + " is not known: some"
                    + " are not assessed; at most " + within + (within == 1 ? " level" : " levels") + " apart is allowed";
        }

        private double[] range(List<Member> side, PersonState state) {
            long sum = 0;
            int unknown = 0;
            for (Member member : side) {
                int position = state.position(member.index());
                if (position < 0) {
                    unknown++;
                } else {
                    sum += position;
                }
            }
            return new double[] {(double) sum / side.size(), (double) (sum + (long) unknown * top) / side.size(),
                unknown};
        }

        private Verdict decide(double[] l, double[] r) {
            return decide(l[0], l[1], r[0], r[1]);
        }

        private Verdict decide(double lowLeft, double highLeft, double lowRight, double highRight) {
            double largest = Math.max(Math.abs(highLeft - lowRight), Math.abs(highRight - lowLeft));
            double smallest = highLeft < lowRight ? lowRight - highLeft : highRight < lowLeft ? lowLeft - highRight : 0;
            if (largest <= within) {
                return Verdict.MET;
            }
            return smallest > within ? Verdict.NOT_MET : Verdict.UNKNOWN;
        }

        @Override
        Verdict verdict(PersonState state) {
            long leftSum = 0;
            int leftUnknown = 0;
            for (int index : leftIndexes) {
                int position = state.position(index);
                int missing = position >>> 31; // 1 when unassessed (-1), without a branch
                leftUnknown += missing;
                leftSum += position & (missing - 1);
            }
            long rightSum = 0;
            int rightUnknown = 0;
            for (int index : rightIndexes) {
                int position = state.position(index);
                int missing = position >>> 31;
                rightUnknown += missing;
                rightSum += position & (missing - 1);
            }
            // The same bounds as range(), without the arrays.
            double lowLeft = (double) leftSum / leftIndexes.length;
            double highLeft = (double) (leftSum + (long) leftUnknown * top) / leftIndexes.length;
            double lowRight = (double) rightSum / rightIndexes.length;
            double highRight = (double) (rightSum + (long) rightUnknown * top) / rightIndexes.length;
            return decide(lowLeft, highLeft, lowRight, highRight);
        }

        @Override
        Explanation explain(PersonState state) {
            double[] l = range(left, state);
            double[] r = range(right, state);
            Verdict verdict = decide(l, r);
            String sentence;
            if (l[2] == 0 && r[2] == 0) {
                // With every member assessed, the sentence depends only on the two sums of positions.
                int leftSum = (int) Math.round(l[0] * left.size());
                int rightSum = (int) Math.round(r[0] * right.size());
                sentence = sentences.get(leftSum, rightSum);
                if (sentence == null) {
                    sentence = sentences.put(leftSum, rightSum, names(left) + " at " + position(l[0]) + " and "
                            + names(right) + " at " + position(r[0]) + " are " + position(Math.abs(l[0] - r[0]))
                            + " levels apart; at most " + within + (within == 1 ? " level is" : " levels are")
                            + " allowed");
                }
            } else {
                sentence = notKnown;
            }
            return leaf(verdict, sentence, unassessed(verdict, both, state));
        }

        private static List<Member> concat(List<Member> a, List<Member> b) {
            List<Member> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }

        private static String names(List<Member> side) {
            return side.size() == 1 ? side.get(0).title() : "the mean of " + side.size() + " competencies";
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            if (verdict(state) == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            int[] l = targets(left, state);
            int[] r = targets(right, state);
            // Unassessed members are assumed at the other side's mean; then the lower side is raised.
            fillUnknown(l, r);
            fillUnknown(r, l);
            for (int step = 0; step < (left.size() + right.size()) * (top + 1); step++) {
                double lm = mean(l);
                double rm = mean(r);
                if (Math.abs(lm - rm) <= within) {
                    List<Fix> changes = new ArrayList<>();
                    addChanges(left, l, state, changes);
                    addChanges(right, r, state, changes);
                    return Optional.of(Fix.all(changes, compiled));
                }
                int[] lower = lm < rm ? l : r;
                int lowest = 0;
                for (int i = 1; i < lower.length; i++) {
                    if (lower[i] < lower[lowest]) {
                        lowest = i;
                    }
                }
                if (lower[lowest] >= top) {
                    return Optional.empty();
                }
                lower[lowest]++;
            }
            return Optional.empty();
        }

        private static int[] targets(List<Member> side, PersonState state) {
            int[] positions = new int[side.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = state.position(side.get(i).index());
            }
            return positions;
        }

        private static void fillUnknown(int[] side, int[] other) {
            long sum = 0;
            int known = 0;
            for (int position : other) {
                if (position >= 0) {
                    sum += position;
                    known++;
                }
            }
            int fill = known == 0 ? 0 : (int) Math.round((double) sum / known);
            for (int i = 0; i < side.length; i++) {
                if (side[i] < 0) {
                    side[i] = -(fill + 2); // marks "unknown, to be assessed at fill"
                }
            }
        }

        private static double mean(int[] side) {
            long sum = 0;
            for (int position : side) {
                sum += position < -1 ? -position - 2 : position;
            }
            return (double) sum / side.length;
        }

        private static void addChanges(List<Member> side, int[] targets, PersonState state, List<Fix> changes) {
            for (int i = 0; i < side.size(); i++) {
                int current = state.position(side.get(i).index());
                int target = targets[i] < -1 ? -targets[i] - 2 : targets[i];
                if (current < 0 || target > current) {
                    changes.add(Fix.of(levelChange(side.get(i), current, target)));
                }
            }
        }

        @Override
        long cost() {
            return 1 + left.size() + right.size();
        }
    }

    /** A programme completed or enrolled in. */
    static final class ProgrammeNode extends Node {
        private final String programme;
        private final String title;
        private final Rule.Taken taken;
        private final Optional<Integer> withinMonths;

        /** The programme's index in the compiled framework, or -1: for the fast path of "completed". */
        private final int index;

        private final String[] sentences;
        private final List<String> missing;
        /** Whether the state's bit of programmes completed by the as-of date decides the verdict. */
        private final boolean byBit;

        ProgrammeNode(String pointer, String text, String programme, String title, Rule.Taken taken,
                      Optional<Integer> withinMonths, int index) {
            super(pointer, text);
            this.index = index;
            this.programme = programme;
            this.title = title;
            this.taken = taken;
            this.withinMonths = withinMonths;
            this.sentences = sentences();
            this.missing = List.of("the end date of " + title);
            this.byBit = index >= 0 && taken == Rule.Taken.COMPLETED && withinMonths.isEmpty();
        }

        @Override
        Verdict verdict(PersonState state) {
            if (byBit) {
                // Completed by the as-of date: worked out once per state (the loop below gives the same).
                return Verdict.of(state.completed(index));
            }
            LocalDate asOf = state.asOf();
            Verdict verdict = Verdict.NOT_MET;
            List<ProgrammeRecord> records = state.programmes();
            for (int i = 0; i < records.size(); i++) {
                ProgrammeRecord record = records.get(i);
                if (record.programme().equals(programme)) {
                    verdict = verdict.or(matches(record, asOf));
                }
            }
            return verdict;
        }

        private Verdict matches(ProgrammeRecord record, LocalDate asOf) {
            if (taken == Rule.Taken.ENROLLED) {
                boolean started = record.start().map(start -> !start.isAfter(asOf)).orElse(true);
                boolean stillOn = record.state() == ProgrammeState.ENROLLED
                        || (record.start().isPresent() && record.end().map(end -> end.isAfter(asOf)).orElse(false));
                return Verdict.of(started && stillOn);
            }
            if (record.state() != ProgrammeState.COMPLETED) {
                return Verdict.NOT_MET;
            }
            if (record.end().isPresent() && record.end().get().isAfter(asOf)) {
                return Verdict.NOT_MET;
            }
            if (withinMonths.isEmpty()) {
                return Verdict.MET;
            }
            if (record.end().isEmpty()) {
                return Verdict.UNKNOWN;
            }
            return Verdict.of(!record.end().get().isBefore(asOf.minusMonths(withinMonths.get())));
        }

        @Override
        Explanation explain(PersonState state) {
            Verdict verdict = verdict(state);
            return leaf(verdict, sentences[verdict.ordinal()], missing);
        }

        /** The sentence for each verdict, by its ordinal: they depend only on the rule. */
        private String[] sentences() {
            String recent = withinMonths.map(months -> " within the last " + months + " months").orElse("");
            String[] sentences = new String[Verdict.values().length];
            for (Verdict verdict : Verdict.values()) {
                String sentence;
                if (taken == Rule.Taken.ENROLLED) {
                    sentence = (verdict == Verdict.MET ? "is enrolled in " : "is not enrolled in ") + title;
                } else if (verdict == Verdict.MET) {
                    sentence = "completed " + title + recent;
                } else if (verdict == Verdict.UNKNOWN) {
                    sentence = "completed " + title + " on a date not recorded; completion" + recent + " is required";
                } else {
                    sentence = "has not completed " + title + recent + "; that is required";
                }
                sentences[verdict.ordinal()] = sentence;
            }
            return sentences;
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            if (verdict(state) == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            if (taken == Rule.Taken.ENROLLED) {
                return Optional.of(Fix.of(new Change(Change.Kind.ENROL, programme, "", "", 0, 0.5,
                        "enrol in " + title)));
            }
            return Optional.of(Fix.of(new Change(Change.Kind.COMPLETE_PROGRAMME, programme, "", "", 0, 1.0,
                    "complete " + title + withinMonths.map(months -> " (within " + months + " months of the date)")
                            .orElse(""))));
        }

        @Override
        long cost() {
            return 1;
        }
    }

    /** A numeric fact compared with a value. */
    static final class NumberNode extends Node {
        private final String fact;
        private final Rule.Comparison comparison;
        private final BigDecimal value;
        private final String unit;

        /** The fact's index in the compiled framework, or -1 (then it is looked up by name). */
        private final int index;

        /** The value as the nearest {@code double}, for a first comparison that is exact when it differs. */
        private final double approximateValue;

        NumberNode(String pointer, String text, String fact, Rule.Comparison comparison, BigDecimal value,
                   String unit, int index) {
            super(pointer, text);
            this.index = index;
            this.fact = fact;
            this.comparison = comparison;
            this.value = value;
            this.unit = unit;
            this.approximateValue = value.doubleValue();
            this.required = words(comparison) + " " + quantity(value) + " is required";
            this.notRecorded = fact + " is not recorded; " + required;
            this.missing = List.of("the fact " + fact);
        }

        /** The parts of the sentence that depend only on the rule. */
        private final String required;
        private final String notRecorded;
        private final List<String> missing;
        /** The sentences of whole numbers below 1,000, by value. */
        private final Sentences sentences = Sentences.byKey(1000);

        @Override
        Verdict verdict(PersonState state) {
            if (index >= 0) {
                double found = state.approximateNumber(index);
                if (found != found) { // NaN: not recorded
                    return Verdict.UNKNOWN;
                }
                // Rounding to double keeps order, so unequal approximations order the numbers themselves.
                int order = found < approximateValue ? -1 : found > approximateValue ? 1
                        : state.number(index).compareTo(value);
                return Verdict.of(comparison.holds(order));
            }
            BigDecimal found = state.numberOrNull(fact);
            return found == null ? Verdict.UNKNOWN : Verdict.of(comparison.holds(found.compareTo(value)));
        }

        @Override
        Explanation explain(PersonState state) {
            BigDecimal found = index >= 0 ? state.number(index) : state.numberOrNull(fact);
            String sentence;
            if (found == null) {
                sentence = notRecorded;
            } else if (found.scale() == 0 && found.signum() >= 0 && found.precision() <= 3) {
                // A whole number below 1,000 written without a fraction (months, hours): its sentence is kept.
                int key = found.intValue();
                sentence = sentences.get(key);
                if (sentence == null) {
                    sentence = sentences.put(key, fact + " is " + quantity(found) + "; " + required);
                }
            } else {
                sentence = fact + " is " + quantity(found) + "; " + required;
            }
            return leaf(verdict(state), sentence, missing);
        }

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            if (verdict(state) == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            Optional<BigDecimal> found = state.number(fact);
            BigDecimal goal = switch (comparison) {
                case MORE_THAN -> value.add(value.ulp().min(BigDecimal.ONE));
                case LESS_THAN -> value.subtract(value.ulp().min(BigDecimal.ONE));
                default -> value;
            };
            if (found.isPresent() && comparison != Rule.Comparison.AT_LEAST
                    && comparison != Rule.Comparison.MORE_THAN) {
                return Optional.empty(); // time and practice only grow
            }
            if (found.isEmpty()) {
                return Optional.of(Fix.of(new Change(Change.Kind.NUMBER, fact, "", goal.toPlainString(), 0, 0.1,
                        "record " + fact + " (" + words(comparison) + " " + quantity(value)
                                + " is required)")));
            }
            BigDecimal shortfall = goal.subtract(found.get());
            double size = value.signum() == 0 ? 1.0
                    : Math.min(1.0, shortfall.abs().doubleValue() / value.abs().doubleValue());
            return Optional.of(Fix.of(new Change(Change.Kind.NUMBER, fact, found.get().toPlainString(),
                    goal.toPlainString(), 0, size, "increase " + fact + " from " + found.get().toPlainString() + " to "
                    + quantity(goal) + " (" + quantity(shortfall) + " more)")));
        }

        /** The number with the fact's unit, in the singular for exactly one ("1 month", "2 months"). */
        private String quantity(BigDecimal number) {
            boolean one = number.compareTo(BigDecimal.ONE) == 0;
            String words = one && unit.endsWith("s") && unit.length() > 2 ? unit.substring(0, unit.length() - 1) : unit;
            return number.toPlainString() + words;
        }

        @Override
        long cost() {
            return 1;
        }
    }

    /** A string fact in a set of values. */
    static final class StringNode extends Node {
        private final String fact;
        private final List<String> values;

        /** The fact's index in the compiled framework, or -1 (then it is looked up by name). */
        private final int index;

        /**
         * By value id of the fact: whether it is one of the values. {@code null} when a value has no id (a rule
         * compiled after its framework with a value the framework never names): then strings are compared.
         */
        private final boolean[] accepted;

        /** {@code ids}: each value's id in the compiled framework ({@link CompiledFramework#OTHER_VALUE}: none). */
        StringNode(String pointer, String text, String fact, List<String> values, int index, int[] ids) {
            super(pointer, text);
            this.index = index;
            this.fact = fact;
            this.values = List.copyOf(values);
            boolean all = index >= 0;
            int largest = -1;
            for (int id : ids) {
                all &= id >= 0;
                largest = Math.max(largest, id);
            }
            this.accepted = all ? new boolean[largest + 1] : null;
            if (all) {
                for (int id : ids) {
                    accepted[id] = true;
                }
            }
            this.required = "one of " + this.values + " is required";
            this.notRecorded = fact + " is not recorded; " + required;
            this.missing = List.of("the fact " + fact);
        }

        @Override
        Verdict verdict(PersonState state) {
            if (accepted != null) {
                int id = state.stringId(index);
                return id == -1 ? Verdict.UNKNOWN : Verdict.of(id >= 0 && id < accepted.length && accepted[id]);
            }
            String found = index >= 0 ? state.string(index) : state.stringOrNull(fact);
            return found == null ? Verdict.UNKNOWN : Verdict.of(values.contains(found));
        }

        @Override
        Explanation explain(PersonState state) {
            String found = index >= 0 ? state.string(index) : state.stringOrNull(fact);
            String sentence;
            int id = index >= 0 ? state.stringId(index) : -1;
            if (found == null) {
                sentence = notRecorded;
            } else if (id >= 0) {
                // A value the framework names has an id: its sentence is kept (for the first 64 ids).
                sentence = sentences.get(id);
                if (sentence == null) {
                    sentence = sentences.put(id, fact + " is [" + found + "]; " + required);
                }
            } else {
                sentence = fact + " is [" + found + "]; " + required;
            }
            return leaf(verdict(state), sentence, missing);
        }

        /** The parts of the sentence that depend only on the rule. */
        private final String required;
        private final String notRecorded;
        private final List<String> missing;
        /** The sentences of the values with an id below 64, by id. */
        private final Sentences sentences = Sentences.byKey(64);

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            Verdict verdict = verdict(state);
            if (verdict == Verdict.MET) {
                return Optional.of(Fix.NONE);
            }
            if (verdict == Verdict.NOT_MET) {
                return Optional.empty(); // not something development changes
            }
            return Optional.of(Fix.of(new Change(Change.Kind.STRING, fact, "", values.get(0), 0, 0.1,
                    "record " + fact + " (one of " + values + " is required)")));
        }

        @Override
        long cost() {
            return 1 + values.size();
        }
    }

    /** At least n items of evidence. */
    static final class EvidenceNode extends Node {
        private final List<Member> members;
        private final int n;
        private final List<String> kinds;
        private final List<RaterSource> sources;
        private final Optional<Integer> withinMonths;
        /** Whether there is a window, and its months (unboxed, for the fast path). */
        private final boolean windowed;
        private final int months;
        /** By competency index: whether it is a member of the set. */
        private final boolean[] member;
        private Window window;

        /** By kind id: whether it is one of the kinds; {@code null} when any kind will do or a kind has no id. */
        private final boolean[] kindAccepted;
        /** Bit per rater source ordinal: the sources that count (0: any source, or none, will do). */
        private final int sourceBits;

        /** {@code kindIds}: each kind's id in the compiled framework ({@link CompiledFramework#OTHER_VALUE}: none). */
        EvidenceNode(String pointer, String text, List<Member> members, int n, List<String> kinds, int[] kindIds,
                     List<RaterSource> sources, Optional<Integer> withinMonths) {
            super(pointer, text);
            boolean all = !kinds.isEmpty();
            int largestKind = -1;
            for (int id : kindIds) {
                all &= id >= 0;
                largestKind = Math.max(largestKind, id);
            }
            this.kindAccepted = all ? new boolean[largestKind + 1] : null;
            if (all) {
                for (int id : kindIds) {
                    kindAccepted[id] = true;
                }
            }
            int bits = 0;
            for (RaterSource source : sources) {
                bits |= 1 << source.ordinal();
            }
            this.sourceBits = bits;
            this.members = List.copyOf(members);
            this.n = n;
            this.kinds = List.copyOf(kinds);
            this.sources = List.copyOf(sources);
            this.withinMonths = withinMonths;
            this.windowed = withinMonths.isPresent();
            String of = (kinds.isEmpty() ? "" : " of kind " + this.kinds) + (sources.isEmpty() ? ""
                    : " from " + sources.stream().map(RaterSource::jsonName).toList())
                    + withinMonths.map(months -> " in the last " + months + " months").orElse("");
            this.rest = of + " for " + (members.size() == 1 ? members.get(0).title() : members.size() + " competencies")
                    + "; at least " + n + " required";
            this.months = withinMonths.orElse(0);
            int largest = -1;
            for (Member member : members) {
                largest = Math.max(largest, member.index());
            }
            this.member = new boolean[largest + 1];
            for (Member member : members) {
                this.member[member.index()] = true;
            }
        }

        /** The first day of the window for an as-of date, kept for the last as-of date seen. */
        private record Window(long asOfDay, long first) {
        }

        private long firstDay(LocalDate asOf, long asOfDay) {
            // An immutable pair in a plain field: threads may each compute it, never see half of it.
            Window known = window;
            if (known == null || known.asOfDay != asOfDay) {
                known = new Window(asOfDay, epochDayMonthsBefore(asOf, months));
                window = known;
            }
            return known.first;
        }

        private int count(PersonState state) {
            long last = state.asOfDay();
            long first = windowed ? firstDay(state.asOf(), last) : Long.MIN_VALUE;
            int items = state.evidenceCount();
            int count = 0;
            for (int i = 0; i < items; i++) {
                long day = state.evidenceDay(i);
                int competency = state.evidenceCompetency(i);
                if (day > last || day < first || competency < 0 || competency >= member.length || !member[competency]) {
                    continue;
                }
                if (sourceBits != 0) {
                    int source = state.evidenceSource(i);
                    if (source < 0 || (sourceBits & (1 << source)) == 0) {
                        continue;
                    }
                }
                if (kindAccepted != null) {
                    int kind = state.evidenceKind(i);
                    if (kind < 0 || kind >= kindAccepted.length || !kindAccepted[kind]) {
                        continue;
                    }
                } else if (!kinds.isEmpty() && !kinds.contains(state.evidence().get(i).kind())) {
                    continue;
                }
                count++;
            }
            return count;
        }

        @Override
        Verdict verdict(PersonState state) {
            return Verdict.of(count(state) >= n);
        }

        @Override
        Explanation explain(PersonState state) {
            int count = count(state);
            String sentence = sentences.get(count);
            if (sentence == null) {
                sentence = sentences.put(count, count + (count == 1 ? " item" : " items") + " of evidence" + rest);
            }
            return leaf(Verdict.of(count >= n), sentence, List.of());
        }

        /** The sentence by the count of evidence (made on first use), and its part after the count. */
        private final Sentences sentences = Sentences.byKey(16);
        private final String rest;

        @Override
        Optional<Fix> fix(PersonState state, CompiledFramework compiled) {
            int count = count(state);
            if (count >= n) {
                return Optional.of(Fix.NONE);
            }
            String kind = kinds.isEmpty() ? "" : kinds.get(0);
            String source = sources.isEmpty() ? "" : sources.get(0).jsonName();
            int more = n - count;
            return Optional.of(Fix.of(new Change(Change.Kind.EVIDENCE, members.get(0).id(), source, kind, more,
                    (double) more / n, "add " + more + (more == 1 ? " item" : " items") + " of evidence"
                    + (kind.isEmpty() ? "" : " of kind " + kind) + (source.isEmpty() ? "" : " from " + source)
                    + " for " + members.get(0).title()
                    + withinMonths.map(months -> " within " + months + " months").orElse(""))));
        }

        @Override
        long cost() {
            return 1 + members.size();
        }
    }

    /** The competency indexes of members, in order. */
    static int[] indexes(List<Member> members) {
        int[] indexes = new int[members.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = members.get(i).index();
        }
        return indexes;
    }

    /**
     * The epoch day of {@code date.minusMonths(months)}, computed without creating a date: the same month
     * arithmetic, with the day of the month capped at the length of the month reached.
     */
    static long epochDayMonthsBefore(LocalDate date, int months) {
        long total = date.getYear() * 12L + (date.getMonthValue() - 1) - months;
        long year = Math.floorDiv(total, 12);
        int month = Math.floorMod(total, 12) + 1;
        int day = Math.min(date.getDayOfMonth(), lengthOfMonth(year, month));
        return epochDay(year, month, day);
    }

    private static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (days from civil). */
    private static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /** A change that brings a member from a position (or unassessed, -1) to a target position. */
    static Change levelChange(Member member, int from, int to) {
        int top = Math.max(1, member.levels().size() - 1);
        double size = (to - Math.max(from, 0)) / (double) top + (from < 0 ? 0.1 : 0);
        String toLabel = lower(member.label(to));
        String sentence = from < 0
                ? "have " + member.title() + " assessed: at least " + toLabel + " is required"
                : "raise " + member.title() + " from " + lower(member.label(from)) + " to " + toLabel + " ("
                + (to - from) + (to - from == 1 ? " level)" : " levels)");
        return new Change(Change.Kind.LEVEL, member.id(), from < 0 ? "" : member.levels().get(from).id(),
                member.levels().get(to).id(), 0, size, sentence);
    }

    static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    static String position(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
            return Long.toString((long) value); // what "%.0f" gives for a whole number, without the formatter
        }
        return String.format(Locale.ROOT, value == Math.rint(value) ? "%.0f" : "%.2f", value);
    }
}
