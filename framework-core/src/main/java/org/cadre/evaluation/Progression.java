package org.cadre.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a person stands on every rung of a framework's programme ladder at a date, and the rungs they
 * could take next.
 *
 * @param personId   the person
 * @param asOf       the date
 * @param programmes every programme, in ladder order (a programme before those it leads to)
 * @param next       the ids of the programmes the person may start now, has not started, and has not passed
 *                   (none leads to a programme they completed or are in), in ladder order
 */
public record Progression(String personId, LocalDate asOf, List<Rung> programmes, List<String> next) {

    /** Where a person is with one programme. */
    public enum Status {
        /** Completed at or before the date. */
        COMPLETED,
        /** Enrolled at the date. */
        ENROLLED,
        /** The entry rule is MET. */
        ELIGIBLE,
        /** The entry rule is NOT_MET. */
        NOT_YET_ELIGIBLE,
        /** The entry rule is UNKNOWN: missing data decides. */
        UNKNOWN;

        /** The lower-case name with hyphens, as in JSON output. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One programme's status.
     *
     * @param programmeId the programme
     * @param title       its title
     * @param status      the person's status
     * @param entry       the entry rule's verdict (MET for a programme open to anyone)
     */
    public record Rung(String programmeId, String title, Status status, Verdict entry) {
        /** Validates the components. */
        public Rung {
            Objects.requireNonNull(programmeId, "programmeId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Validates and copies the components. */
    public Progression {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(asOf, "asOf");
        programmes = List.copyOf(programmes);
        next = List.copyOf(next);
    }
}
