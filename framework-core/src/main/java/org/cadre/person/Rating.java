package org.cadre.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.RaterSource;

/**
 * One rating of one competency: a level on the competency's scale, who gave it and when.
 *
 * @param competency the competency's id
 * @param level      the level's id on that competency's scale
 * @param source     who rated
 * @param rater      an identifier of the rater (never a name), used to count distinct raters
 * @param date       when the rating was given
 */
public record Rating(String competency, String level, RaterSource source, Optional<String> rater, LocalDate date) {

    /** Validates the components. */
    public Rating {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(date, "date");
    }

    /** A rating without a rater id. */
    public static Rating of(String competency, String level, RaterSource source, LocalDate date) {
        return new Rating(competency, level, source, Optional.empty(), date);
    }
}
