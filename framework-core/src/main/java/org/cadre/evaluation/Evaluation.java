package org.cadre.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict of one rule about one person, with what it was judged against, so that it can be
 * reproduced and audited later: the framework's id, version and content hash, and the as-of date.
 *
 * @param subject          what was judged, such as {@code entry of programme nhs.mary-seacole}
 * @param personId         the person's id
 * @param asOf             the date the record was judged at
 * @param frameworkId      the framework's id
 * @param frameworkVersion the framework's version
 * @param frameworkHash    the SHA-256 of the framework's content, in hexadecimal
 * @param verdict          the verdict
 * @param missing          for UNKNOWN, the missing data that could change it; empty otherwise
 * @param explanation      the explanation tree, when asked for
 */
public record Evaluation(String subject, String personId, LocalDate asOf, String frameworkId, String frameworkVersion,
                         String frameworkHash, Verdict verdict, List<String> missing,
                         Optional<Explanation> explanation) {

    /** Validates and copies the components. */
    public Evaluation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(frameworkId, "frameworkId");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        Objects.requireNonNull(frameworkHash, "frameworkHash");
        Objects.requireNonNull(verdict, "verdict");
        missing = List.copyOf(missing);
        Objects.requireNonNull(explanation, "explanation");
    }
}
