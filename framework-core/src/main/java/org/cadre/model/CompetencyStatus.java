package org.cadre.model;

import java.util.Locale;

/** The lifecycle of a competency. */
public enum CompetencyStatus {
    /** In use. */
    ACTIVE,
    /**
     * No longer assessed; kept so that ratings and plans written against an older version can be read
     * and carried forward to its replacement.
     */
    RETIRED;

    /** The name used in documents: {@code active} or {@code retired}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status with the given document name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static CompetencyStatus fromJsonName(String name) {
        return CompetencyStatus.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
