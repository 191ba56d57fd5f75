package org.cadre.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A review of a plan's progress.
 *
 * @param date         when it took (or will take) place
 * @param reviewerRole the reviewer's role, such as {@code line-manager}
 * @param outcome      what was decided, such as {@code on-track}
 * @param notes        free text (personal data: never logged)
 */
public record Review(LocalDate date, String reviewerRole, String outcome, Optional<String> notes) {

    /** Validates the components. */
    public Review {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reviewerRole, "reviewerRole");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(notes, "notes");
    }
}
