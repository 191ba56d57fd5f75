package org.cadre.person;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a person is with a programme. */
public enum ProgrammeState {
    /** Finished. */
    COMPLETED,
    /** Taking part now. */
    ENROLLED;

    /** The name used in documents: {@code completed} or {@code enrolled}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state with the given document name. */
    public static Optional<ProgrammeState> fromJsonName(String name) {
        return Arrays.stream(values()).filter(state -> state.jsonName().equals(name)).findFirst();
    }
}
