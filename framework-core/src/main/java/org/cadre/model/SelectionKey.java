package org.cadre.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One key of a programme's selection ranking: how eligible people are put in order when a programme has
 * more of them than places. Keys are compared in the order the programme lists them; the first key that
 * tells two people apart decides, and people whom no key tells apart are ordered by their ids (ascending,
 * as text), so a selection is always deterministic.
 *
 * <p>Three forms: a number fact (more first, or fewer first), the mean level of a set of competencies
 * (higher first, or lower first), and a rule (people for whom it is met first, then those for whom it is
 * unknown, then those for whom it is not met). A person without the fact, or with no assessed competency in
 * the set, comes after everyone who has one, whatever the order.
 */
public sealed interface SelectionKey {

    /** Which way a numeric key ranks people. */
    enum Order {
        /** Larger values first. */
        DESCENDING,
        /** Smaller values first. */
        ASCENDING;

        /** The name used in documents: {@code descending} or {@code ascending}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The order with this document name, if any. */
        public static Optional<Order> fromJsonName(String name) {
            for (Order order : values()) {
                if (order.jsonName().equals(name)) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Ranks people by a number fact.
     *
     * @param fact  the name of a number fact the framework declares
     * @param order which way
     */
    record ByFact(String fact, Order order) implements SelectionKey {
        /** Validates the components. */
        public ByFact {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * Ranks people by the mean position of their levels on a set of competencies (the lowest level of the
     * scale is position 0); competencies they were not assessed on are left out of the mean.
     *
     * @param set   the competencies, all rated on one scale
     * @param order which way
     */
    record ByMean(CompetencySet set, Order order) implements SelectionKey {
        /** Validates the components. */
        public ByMean {
            Objects.requireNonNull(set, "set");
            Objects.requireNonNull(order, "order");
        }
    }

    /**
     * Ranks people for whom a rule is met first, then those for whom it is unknown, then the rest.
     *
     * @param rule the rule
     */
    record ByRule(Rule rule) implements SelectionKey {
        /** Validates the component. */
        public ByRule {
            Objects.requireNonNull(rule, "rule");
        }
    }
}
