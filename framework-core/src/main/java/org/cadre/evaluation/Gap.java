package org.cadre.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What stands between a person and a programme's entry rule: each unmet requirement with how far off it
 * is, and the smallest set of changes found that would make the rule MET, smallest change first.
 *
 * @param programmeId  the programme
 * @param personId     the person
 * @param asOf         the date of the record
 * @param verdict      the entry rule's verdict now
 * @param requirements the requirements not met or not known (leaves of the explanation), in rule order
 * @param changes      changes that would make the rule MET, smallest first (checked by applying them); empty
 *                     when the rule is already MET, absent when no development can meet it (a band, a cap
 *                     on months in post) or its requirements conflict
 */
public record Gap(String programmeId, String personId, LocalDate asOf, Verdict verdict, List<Explanation> requirements,
                  Optional<List<Change>> changes) {

    /** Validates and copies the components. */
    public Gap {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(verdict, "verdict");
        requirements = List.copyOf(requirements);
        changes = changes.map(List::copyOf);
    }

    /** Whether some set of changes can make the rule MET. */
    public boolean reachable() {
        return changes.isPresent();
    }
}
