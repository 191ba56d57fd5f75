package org.cadre.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule over a person's record, as data: programme entry and completion rules and the framework's named
 * rules. The language has no loops, no calls and no access to anything but the person's record and the
 * as-of date, so evaluating a rule always ends, in time bounded by its size. Rules are checked against
 * the framework when it loads ({@code org.cadre.check.RuleChecker}) and compiled before evaluation
 * ({@code org.cadre.evaluation.CompiledFramework}).
 */
public sealed interface Rule {

    /** The rules directly inside this one: those of all, any, not and at-least-n; none for the others. */
    default List<Rule> children() {
        if (this instanceof All all) {
            return all.rules();
        }
        if (this instanceof Any any) {
            return any.rules();
        }
        if (this instanceof Not not) {
            return List.of(not.rule());
        }
        if (this instanceof AtLeastOf atLeastOf) {
            return atLeastOf.rules();
        }
        return List.of();
    }

    /** How a level or number is compared with a threshold. */
    enum Comparison {
        /** At least (≥). */
        AT_LEAST,
        /** At most (≤). */
        AT_MOST,
        /** Exactly (=). */
        EXACTLY,
        /** More than (&gt;). Numbers only. */
        MORE_THAN,
        /** Less than (&lt;). Numbers only. */
        LESS_THAN;

        /** The name used in documents: {@code atLeast}, {@code atMost}, {@code exactly}, {@code moreThan}, {@code lessThan}. */
        public String jsonName() {
            return switch (this) {
                case AT_LEAST -> "atLeast";
                case AT_MOST -> "atMost";
                case EXACTLY -> "exactly";
                case MORE_THAN -> "moreThan";
                case LESS_THAN -> "lessThan";
            };
        }

        /** Whether {@code value} compared with {@code threshold} this way holds. */
        public boolean holds(int compared) {
            return switch (this) {
                case AT_LEAST -> compared >= 0;
                case AT_MOST -> compared <= 0;
                case EXACTLY -> compared == 0;
                case MORE_THAN -> compared > 0;
                case LESS_THAN -> compared < 0;
            };
        }
    }

    /** What a {@link Count} rule requires of the members of its set. */
    enum Quantifier {
        /** At least n members at or above the level. */
        AT_LEAST,
        /** Every member at or above the level. */
        ALL,
        /** No member at or above the level. */
        NONE
    }

    /** How a {@link LevelOfSet} rule combines the levels of its set. */
    enum Aggregate {
        /** The lowest level in the set. */
        MINIMUM,
        /** The mean of the levels' positions on the scale (the lowest level is 0). */
        MEAN
    }

    /** Which relation to a programme a {@link ProgrammeTaken} rule asks about. */
    enum Taken {
        /** Completed, at or before the as-of date. */
        COMPLETED,
        /** Enrolled at the as-of date. */
        ENROLLED
    }

    /**
     * A competency's level compared with a level on its scale, by rank.
     *
     * @param competency the competency
     * @param comparison at least, at most or exactly
     * @param level      the level's id on the competency's scale
     */
    record Level(String competency, Comparison comparison, String level) implements Rule {
        /** Validates the components. */
        public Level {
            Objects.requireNonNull(competency, "competency");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * Every rule holds.
     *
     * @param rules the rules
     */
    record All(List<Rule> rules) implements Rule {
        /** Validates and copies the component. */
        public All {
            rules = List.copyOf(rules);
        }
    }

    /**
     * Some rule holds.
     *
     * @param rules the rules
     */
    record Any(List<Rule> rules) implements Rule {
        /** Validates and copies the component. */
        public Any {
            rules = List.copyOf(rules);
        }
    }

    /**
     * The rule does not hold.
     *
     * @param rule the rule
     */
    record Not(Rule rule) implements Rule {
        /** Validates the component. */
        public Not {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * At least {@code n} of the rules hold.
     *
     * @param n     how many must hold, at least 0
     * @param rules the rules
     */
    record AtLeastOf(int n, List<Rule> rules) implements Rule {
        /** Validates and copies the components. */
        public AtLeastOf {
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative, got " + n);
            }
            rules = List.copyOf(rules);
        }
    }

    /**
     * A quantifier over a set of competencies: at least n, all, or none of them at or above a level.
     *
     * @param set        the competencies
     * @param quantifier at least n, all or none
     * @param n          for {@link Quantifier#AT_LEAST}, how many; otherwise 0
     * @param level      the level's id, on the scale of every competency of the set
     */
    record Count(CompetencySet set, Quantifier quantifier, int n, String level) implements Rule {
        /** Validates the components. */
        public Count {
            Objects.requireNonNull(set, "set");
            Objects.requireNonNull(quantifier, "quantifier");
            Objects.requireNonNull(level, "level");
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative, got " + n);
            }
        }
    }

    /**
     * The minimum or mean level over a set of competencies, at least a level.
     *
     * @param set       the competencies, all on one scale
     * @param aggregate minimum or mean
     * @param level     the level the aggregate must reach
     */
    record LevelOfSet(CompetencySet set, Aggregate aggregate, String level) implements Rule {
        /** Validates the components. */
        public LevelOfSet {
            Objects.requireNonNull(set, "set");
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * Two competencies (or the means of two sets) within {@code within} levels of each other: confidence
     * balanced by authenticity, purpose balanced by agility.
     *
     * @param left   one side
     * @param right  the other side, on the same scale
     * @param within the largest difference in ranks allowed, at least 0
     */
    record Balance(CompetencySet left, CompetencySet right, int within) implements Rule {
        /** Validates the components. */
        public Balance {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            if (within < 0) {
                throw new IllegalArgumentException("within must not be negative, got " + within);
            }
        }
    }

    /**
     * A programme completed (at or before the as-of date, optionally within the last {@code withinMonths}
     * months) or enrolled in at the as-of date: a record marked enrolled that started by then, or one marked
     * completed that started by then and ends after it.
     *
     * @param programme    the programme's id
     * @param taken        completed or enrolled
     * @param withinMonths for a completed programme, how recent its end must be
     */
    record ProgrammeTaken(String programme, Taken taken, Optional<Integer> withinMonths) implements Rule {
        /** Validates the components. */
        public ProgrammeTaken {
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(taken, "taken");
            Objects.requireNonNull(withinMonths, "withinMonths");
            if (taken == Taken.ENROLLED && withinMonths.isPresent()) {
                throw new IllegalArgumentException("withinMonths applies to completed programmes only");
            }
            withinMonths.ifPresent(months -> {
                if (months < 1) {
                    throw new IllegalArgumentException("withinMonths must be at least 1, got " + months);
                }
            });
        }
    }

    /**
     * A numeric fact compared with a value, such as practice hours at least 10,000.
     *
     * @param fact       the fact's name, declared by the framework
     * @param comparison how to compare
     * @param value      the value
     */
    record NumberFact(String fact, Comparison comparison, BigDecimal value) implements Rule {
        /** Validates the components. */
        public NumberFact {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A string fact is one of the values, such as a band in {@code 5, 6, 7}.
     *
     * @param fact   the fact's name, declared by the framework
     * @param values the allowed values
     */
    record StringFact(String fact, List<String> values) implements Rule {
        /** Validates and copies the components. */
        public StringFact {
            Objects.requireNonNull(fact, "fact");
            values = List.copyOf(values);
        }
    }

    /**
     * At least {@code n} items of evidence for the competencies of a set, optionally of given kinds, from
     * given sources, and within the last {@code withinMonths} months before the as-of date.
     *
     * @param set          the competencies
     * @param n            how many items at least
     * @param kinds        the kinds that count; empty for any
     * @param sources      the sources that count; empty for any
     * @param withinMonths how recent the items must be, if limited
     */
    record EvidenceCount(CompetencySet set, int n, List<String> kinds, List<RaterSource> sources,
                         Optional<Integer> withinMonths) implements Rule {
        /** Validates and copies the components. */
        public EvidenceCount {
            Objects.requireNonNull(set, "set");
            kinds = List.copyOf(kinds);
            sources = List.copyOf(sources);
            Objects.requireNonNull(withinMonths, "withinMonths");
            if (n < 0) {
                throw new IllegalArgumentException("n must not be negative, got " + n);
            }
        }
    }

    /**
     * The framework's named rule with this name.
     *
     * @param name the name
     */
    record Ref(String name) implements Rule {
        /** Validates the component. */
        public Ref {
            Objects.requireNonNull(name, "name");
        }
    }
}
