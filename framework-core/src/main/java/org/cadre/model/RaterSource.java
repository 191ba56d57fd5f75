package org.cadre.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who gave a rating or an item of evidence. */
public enum RaterSource {
    /** The person rating themselves. */
    SELF,
    /** Their line manager. */
    MANAGER,
    /** A colleague at the same level. */
    PEER,
    /** Someone they manage. */
    DIRECT_REPORT,
    /** A trained assessor, such as a development centre or a programme's faculty. */
    ASSESSOR,
    /** Anyone else. */
    OTHER;

    /** The name used in documents: {@code self}, {@code manager}, {@code peer}, {@code direct-report}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The source with the given document name. */
    public static Optional<RaterSource> fromJsonName(String name) {
        return Arrays.stream(values()).filter(source -> source.jsonName().equals(name)).findFirst();
    }
}
