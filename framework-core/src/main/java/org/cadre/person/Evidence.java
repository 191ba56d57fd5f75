package org.cadre.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.cadre.model.RaterSource;

/**
 * One item of evidence for a competency: a kind (such as {@code 360-feedback}, {@code project},
 * {@code reflective-log}), who provided it, when, and a reference to where it is kept. Cadre counts
 * evidence; it never reads or logs the reference.
 *
 * @param competency the competency's id
 * @param kind       what sort of evidence it is
 * @param source     who provided it, if known
 * @param date       when it was produced
 * @param reference  where it is kept (an identifier or link), if given
 */
public record Evidence(String competency, String kind, Optional<RaterSource> source, LocalDate date,
                       Optional<String> reference) {

    /** Validates the components. */
    public Evidence {
        Objects.requireNonNull(competency, "competency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
    }
}
