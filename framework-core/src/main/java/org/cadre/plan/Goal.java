package org.cadre.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One goal of a plan: a competency to take from one level to a higher one by a date.
 *
 * @param id         the goal's id, unique in the plan, which activities name
 * @param competency the competency's id
 * @param from       the level at the start of the plan, if assessed
 * @param to         the level to reach
 * @param due        when it should be reached
 * @param rationale  why, in words (personal data: never logged)
 */
public record Goal(String id, String competency, Optional<String> from, String to, LocalDate due,
                   Optional<String> rationale) {

    /** Validates the components. */
    public Goal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(rationale, "rationale");
    }
}
