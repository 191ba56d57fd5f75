package org.cadre.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme a person completed or is enrolled in.
 *
 * @param programme the programme's id
 * @param state     completed or enrolled
 * @param start     when they started, if known
 * @param end       when they finished (for a completed programme), if known
 */
public record ProgrammeRecord(String programme, ProgrammeState state, Optional<LocalDate> start,
                              Optional<LocalDate> end) {

    /** Validates the components. */
    public ProgrammeRecord {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** A completed programme with its end date. */
    public static ProgrammeRecord completed(String programme, LocalDate end) {
        return new ProgrammeRecord(programme, ProgrammeState.COMPLETED, Optional.empty(), Optional.of(end));
    }

    /** A programme the person is enrolled in since a date. */
    public static ProgrammeRecord enrolled(String programme, LocalDate start) {
        return new ProgrammeRecord(programme, ProgrammeState.ENROLLED, Optional.of(start), Optional.empty());
    }
}
