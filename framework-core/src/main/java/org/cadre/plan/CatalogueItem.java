package org.cadre.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One activity on offer in a {@link Catalogue}.
 *
 * @param id          the item's id, unique in the catalogue
 * @param title       its name
 * @param type        its activity type's id, a standard type or one of the plan policy's (see
 *                    {@link org.cadre.model.ActivityType})
 * @param develops    the ids of the competencies it develops; empty for an activity that serves leadership in
 *                    general and no goal in particular
 * @param suitsFrom   the lowest level it helps people reach, if it has a lower bound
 * @param suitsTo     the highest level it helps people reach, if it has an upper bound
 * @param hours       the hours it typically takes, in all
 * @param weeks       over how many weeks it typically runs, if known
 * @param cost        what it costs per person, in the catalogue's currency, if stated
 * @param provider    who provides it, if stated
 * @param description what it is, in words, if stated
 */
public record CatalogueItem(String id, String title, String type, List<String> develops, Optional<String> suitsFrom,
                            Optional<String> suitsTo, BigDecimal hours, Optional<Integer> weeks,
                            Optional<BigDecimal> cost, Optional<String> provider, Optional<String> description) {

    /** Validates and copies the components. */
    public CatalogueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        develops = List.copyOf(develops);
        Objects.requireNonNull(suitsFrom, "suitsFrom");
        Objects.requireNonNull(suitsTo, "suitsTo");
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("an item's hours must not be negative, got " + hours.toPlainString());
        }
        Objects.requireNonNull(weeks, "weeks");
        weeks.filter(value -> value < 1).ifPresent(value -> {
            throw new IllegalArgumentException("an item runs over at least one week, got " + value);
        });
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(description, "description");
    }
}
